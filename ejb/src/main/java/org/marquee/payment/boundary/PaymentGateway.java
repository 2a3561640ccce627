package org.marquee.payment.boundary;

import java.util.Optional;

/**
 * A card processor. Marquee's built-in one is reached over HTTP ({@link
 * org.marquee.payment.control.http.HttpPaymentGateway}); a real processor is one more
 * implementation. Never called inside a database transaction. Every call that moves money carries
 * an idempotency key, so repeating it is safe.
 *
 * <p>Failures come in two kinds, and the difference decides what Marquee does next: {@link
 * GatewayUnavailableException} means the processor surely did nothing (it could not be reached, or
 * refused before acting); {@link PaymentOutcomeUnknownException} means it may have acted (it was
 * asked and did not answer in time), so only a later {@link #lookup} can tell.
 */
public interface PaymentGateway {

  /**
   * Exchanges a card for a token; the card's number and cvc stay with the processor. A repeat under
   * the same {@code idempotencyKey} gets the same token.
   */
  TokenizedCard tokenize(CardDetails card, String idempotencyKey);

  /** Authorizes and captures {@code amountCents} on the card of {@code token}. */
  ChargeOutcome charge(String token, int amountCents, String currency, String idempotencyKey);

  /** Gives back the whole of the charge {@code reference}; once, whatever the repeats. */
  ChargeOutcome refund(String reference, String idempotencyKey);

  /** What became of the charge asked for under {@code idempotencyKey}; empty if never received. */
  Optional<ChargeOutcome> lookup(String idempotencyKey);
}
