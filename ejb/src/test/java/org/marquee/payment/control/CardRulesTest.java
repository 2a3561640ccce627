package org.marquee.payment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marquee.payment.boundary.CardDetails;
import org.marquee.payment.boundary.InvalidCardException;

class CardRulesTest {

  private final YearMonth now = YearMonth.of(2026, 11);

  private CardDetails valid(String number, String cvc) {
    return CardRules.validate(number, 12, 2030, cvc, "  Alice M ", now);
  }

  @Test
  void theTestCardsPassAndSpacesAndDashesAreIgnored() {
    CardDetails card = valid("4242 4242-4242 4242", "123");
    assertEquals("4242424242424242", card.number());
    assertEquals("Alice M", card.holderName());
    assertEquals("4242", card.last4());
    valid("4000000000000002", "123");
    valid("4000000000009995", "123");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"4242424242424241", "1234", "", "4242x42424242424", "42424242424242424242"})
  void numbersFailingLuhnOrFormAreRefused(String number) {
    assertThrows(InvalidCardException.class, () -> valid(number, "123"));
  }

  @Test
  void anExpiredCardIsRefusedButThisMonthStillCounts() {
    assertThrows(
        InvalidCardException.class,
        () -> CardRules.validate("4242424242424242", 10, 2026, "123", "A", now));
    CardRules.validate("4242424242424242", 11, 2026, "123", "A", now);
    assertThrows(
        InvalidCardException.class,
        () -> CardRules.validate("4242424242424242", 13, 2030, "123", "A", now));
    assertThrows(
        InvalidCardException.class,
        () -> CardRules.validate("4242424242424242", null, 2030, "123", "A", now));
    assertThrows(
        InvalidCardException.class,
        () -> CardRules.validate("4242424242424242", 1, 30, "123", "A", now));
  }

  @Test
  void theCvcHasThreeDigitsOrFourForAmex() {
    assertThrows(InvalidCardException.class, () -> valid("4242424242424242", "12"));
    assertThrows(InvalidCardException.class, () -> valid("4242424242424242", "1234"));
    assertThrows(InvalidCardException.class, () -> valid("4242424242424242", "12a"));
    assertThrows(InvalidCardException.class, () -> valid("4242424242424242", null));
    valid("378282246310005", "1234");
    assertThrows(InvalidCardException.class, () -> valid("378282246310005", "123"));
  }

  @Test
  void theHolderIsNeeded() {
    assertThrows(
        InvalidCardException.class,
        () -> CardRules.validate("4242424242424242", 12, 2030, "123", " ", now));
    assertThrows(
        InvalidCardException.class,
        () -> CardRules.validate("4242424242424242", 12, 2030, "123", "x".repeat(101), now));
  }

  @Test
  void brandsFollowTheNumbersPrefix() {
    assertEquals("VISA", CardRules.brand("4242424242424242"));
    assertEquals("MASTERCARD", CardRules.brand("5555555555554444"));
    assertEquals("MASTERCARD", CardRules.brand("2223003122003222"));
    assertEquals("AMEX", CardRules.brand("378282246310005"));
    assertEquals("DISCOVER", CardRules.brand("6011111111111117"));
    assertEquals("CARD", CardRules.brand("3566002020360505"));
  }

  @Test
  void luhnIsTheUsualChecksum() {
    assertTrue(CardRules.luhn("79927398713"));
    assertFalse(CardRules.luhn("79927398710"));
  }

  @Test
  void aCardNeverPrintsItsNumberOrCvc() {
    String printed = valid("4242424242424242", "987").toString();
    assertFalse(printed.contains("4242424242424242"));
    assertFalse(printed.contains("987"));
  }
}
