package org.marquee.payment.boundary;

/**
 * A card processor. Marquee's built-in one is reached over HTTP ({@link
 * org.marquee.payment.control.http.HttpPaymentGateway}); a real processor is one more
 * implementation. Never called inside a database transaction.
 */
public interface PaymentGateway {

  /** Exchanges a card for a token; the card's number and cvc stay with the processor. */
  TokenizedCard tokenize(CardDetails card);
}
