package org.marquee.payment.control;

import java.time.YearMonth;
import org.marquee.payment.boundary.CardDetails;
import org.marquee.payment.boundary.InvalidCardException;

/**
 * What card details must satisfy before anyone is asked to charge them, as pure rules: a number of
 * 12 to 19 digits (spaces and dashes ignored) passing the Luhn check, an expiry not in the past, a
 * cvc of 3 digits (4 for American Express), and a holder name.
 */
public final class CardRules {

  private CardRules() {}

  public static CardDetails validate(
      String number,
      Integer expMonth,
      Integer expYear,
      String cvc,
      String holderName,
      YearMonth current) {
    String digits = number == null ? "" : number.replaceAll("[ -]", "");
    if (!digits.matches("[0-9]{12,19}") || !luhn(digits)) {
      throw new InvalidCardException("cardNumber is not a valid card number.");
    }
    if (expMonth == null || expMonth < 1 || expMonth > 12) {
      throw new InvalidCardException("expMonth must be a month from 1 to 12.");
    }
    if (expYear == null || expYear < 2000 || expYear > 2100) {
      throw new InvalidCardException("expYear must be a four-digit year.");
    }
    if (YearMonth.of(expYear, expMonth).isBefore(current)) {
      throw new InvalidCardException("expYear and expMonth: the card has expired.");
    }
    int cvcLength = brand(digits).equals("AMEX") ? 4 : 3;
    if (cvc == null || !cvc.matches("[0-9]{" + cvcLength + "}")) {
      throw new InvalidCardException("cvc must be " + cvcLength + " digits.");
    }
    String holder = holderName == null ? "" : holderName.trim();
    if (holder.isEmpty()
        || holder.length() > 100
        || holder.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidCardException("holderName must be 1 to 100 printable characters.");
    }
    return new CardDetails(digits, expMonth, expYear, cvc, holder);
  }

  /** The Luhn checksum every card number carries. */
  public static boolean luhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  /** The card network, from the number's prefix. */
  public static String brand(String digits) {
    if (digits.startsWith("4")) {
      return "VISA";
    }
    if (digits.matches("5[1-5].*")
        || digits.matches("2(2[2-9][1-9]|[3-6][0-9]{2}|7[01][0-9]|720).*")) {
      return "MASTERCARD";
    }
    if (digits.matches("3[47].*")) {
      return "AMEX";
    }
    if (digits.matches("6(011|5).*")) {
      return "DISCOVER";
    }
    return "CARD";
  }
}
