package org.marquee.payment.boundary;

/**
 * A card as a person typed it, once validated ({@link org.marquee.payment.control.CardRules}): the
 * number as digits only. It only ever travels to the payment gateway; it is never stored, and its
 * {@link #toString()} shows no more than a receipt would.
 */
public record CardDetails(String number, int expMonth, int expYear, String cvc, String holderName) {

  public String last4() {
    return number.substring(number.length() - 4);
  }

  @Override
  public String toString() {
    return "Card[**** " + last4() + ", " + expMonth + "/" + expYear + "]";
  }
}
