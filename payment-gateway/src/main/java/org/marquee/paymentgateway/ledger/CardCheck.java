package org.marquee.paymentgateway.ledger;

import java.time.YearMonth;

/**
 * What the processor demands of a card before it vaults it, and how a test card behaves. It checks
 * as a processor does (digits and checksum, expiry, security code, a holder), independently of
 * whatever its merchant checked before: a merchant's mistake must not reach the vault.
 */
public final class CardCheck {

  /** How a vaulted card answers a charge: the test cards of Marquee's API contract. */
  public enum Behaviour {
    APPROVE,
    DECLINE,
    INSUFFICIENT_FUNDS
  }

  private CardCheck() {}

  /** The card's digits, or a 400 {@code invalid_card} refusal. */
  public static String accept(
      String number, Integer expMonth, Integer expYear, String cvc, String holder, YearMonth now) {
    String digits = number == null ? "" : number.replace(" ", "").replace("-", "");
    boolean valid =
        digits.matches("\\d{12,19}")
            && checksumHolds(digits)
            && expMonth != null
            && expYear != null
            && expMonth >= 1
            && expMonth <= 12
            && expYear <= now.getYear() + 50
            && !YearMonth.of(Math.max(expYear, 1), expMonth).isBefore(now)
            && cvc != null
            && cvc.matches(brand(digits).equals("AMEX") ? "\\d{4}" : "\\d{3}")
            && holder != null
            && !holder.isBlank()
            && holder.strip().length() <= 100;
    if (!valid) {
      throw new Refusal(400, "invalid_card");
    }
    return digits;
  }

  /** Luhn: every second digit from the right doubled, the digit sum a multiple of ten. */
  static boolean checksumHolds(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = Character.digit(digits.charAt(digits.length() - 1 - i), 10);
      sum += i % 2 == 0 ? digit : (digit * 2) / 10 + (digit * 2) % 10;
    }
    return sum % 10 == 0;
  }

  static String brand(String digits) {
    return switch (digits.charAt(0)) {
      case '4' -> "VISA";
      case '5', '2' -> "MASTERCARD";
      case '3' -> digits.startsWith("34") || digits.startsWith("37") ? "AMEX" : "CARD";
      case '6' -> "DISCOVER";
      default -> "CARD";
    };
  }

  static Behaviour behaviour(String digits) {
    return switch (digits) {
      case "4000000000000002" -> Behaviour.DECLINE;
      case "4000000000009995" -> Behaviour.INSUFFICIENT_FUNDS;
      default -> Behaviour.APPROVE;
    };
  }
}
