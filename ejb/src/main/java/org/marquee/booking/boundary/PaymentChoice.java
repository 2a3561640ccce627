package org.marquee.booking.boundary;

import java.io.Serializable;

/**
 * How the buyer pays, as asked: {@code SAVED} (the account's stored card), {@code CARD} (a card
 * typed in, with its fields as typed) or {@code CASH} (box office only). Card fields are checked by
 * the service; its {@link #toString()} shows nothing of the card.
 */
public record PaymentChoice(
    Method method,
    String cardNumber,
    Integer expMonth,
    Integer expYear,
    String cvc,
    String holderName)
    implements Serializable {

  /** The ways to pay. */
  public enum Method {
    SAVED,
    CARD,
    CASH
  }

  public static PaymentChoice saved() {
    return new PaymentChoice(Method.SAVED, null, null, null, null, null);
  }

  public static PaymentChoice card(
      String number, Integer expMonth, Integer expYear, String cvc, String holderName) {
    return new PaymentChoice(Method.CARD, number, expMonth, expYear, cvc, holderName);
  }

  @Override
  public String toString() {
    return "PaymentChoice[" + method + "]";
  }
}
