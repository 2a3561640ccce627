package org.marquee.paymentgateway.api;

import java.math.BigDecimal;
import org.marquee.paymentgateway.ledger.Card;
import org.marquee.paymentgateway.ledger.Charge;
import org.marquee.paymentgateway.ledger.Refusal;

/** The bodies the processor reads and writes, as JSON-B binds them. */
public final class Messages {

  private Messages() {}

  /**
   * A number of the request as a whole {@code int}, or a 400 refusal. Numbers are read as decimals
   * and narrowed here, because JSON-B narrows a too-large number into an {@code Integer} silently
   * (1e30 became 1073741824 cents).
   */
  static Integer whole(BigDecimal number) {
    if (number == null) {
      return null;
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw new Refusal(400, "invalid_request");
    }
  }

  /** {@code POST /tokens}. */
  public record CardDetails(
      String number, BigDecimal expMonth, BigDecimal expYear, String cvc, String holderName) {}

  public record Token(String token, String brand, String last4, int expMonth, int expYear) {
    static Token of(Card card) {
      return new Token(
          card.getToken(), card.getBrand(), card.getLast4(), card.getExpMonth(), card.getExpYear());
    }
  }

  /** {@code POST /charges}; {@code capture} is true unless said otherwise. */
  public record ChargeRequest(
      String token, BigDecimal amountCents, String currency, Boolean capture) {}

  /** A charge as the processor reports it; {@code declineCode} only on a decline. */
  public record ChargeAnswer(
      String id,
      String idempotencyKey,
      String status,
      int amountCents,
      String currency,
      String declineCode) {
    static ChargeAnswer of(Charge charge) {
      return new ChargeAnswer(
          charge.getId(),
          charge.getIdempotencyKey(),
          charge.getStatus().name(),
          charge.getAmountCents(),
          charge.getCurrency(),
          charge.getDeclineCode());
    }
  }

  public record Error(String error) {}

  /** {@code GET} and {@code PUT /simulation}. */
  public record SimulationSettings(BigDecimal delayMillis, Boolean failing) {}
}
