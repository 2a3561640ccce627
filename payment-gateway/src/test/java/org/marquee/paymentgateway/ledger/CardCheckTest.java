package org.marquee.paymentgateway.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CardCheckTest {

  private static final YearMonth NOW = YearMonth.of(2026, 12);

  @Test
  void acceptsTheTestCardsWithSpacesOrDashes() {
    assertEquals(
        "4242424242424242", CardCheck.accept("4242 4242-4242 4242", 12, 2026, "123", "Alice", NOW));
    assertEquals(
        "378282246310005", CardCheck.accept("378282246310005", 1, 2030, "1234", "Bob", NOW));
  }

  @Test
  void theChecksumIsLuhns() {
    assertTrue(CardCheck.checksumHolds("4000000000000002"));
    assertTrue(CardCheck.checksumHolds("4000000000009995"));
    assertTrue(CardCheck.checksumHolds("5555555555554444"));
    assertFalse(CardCheck.checksumHolds("4242424242424241"));
  }

  @Test
  void refusesWhatNoProcessorWouldVault() {
    for (Object[] card :
        new Object[][] {
          {"4242424242424241", 12, 2026, "123", "A"}, // checksum
          {"42424242", 12, 2026, "123", "A"}, // too short
          {null, 12, 2026, "123", "A"},
          {"4242424242424242", 11, 2026, "123", "A"}, // expired last month
          {"4242424242424242", 13, 2027, "123", "A"},
          {"4242424242424242", 1, 9999, "123", "A"}, // not a real expiry
          {"4242424242424242", 1, -5, "123", "A"},
          {"4242424242424242", null, 2027, "123", "A"},
          {"4242424242424242", 1, 2027, "1234", "A"}, // four digits only for AMEX
          {"378282246310005", 1, 2027, "123", "A"},
          {"4242424242424242", 1, 2027, "123", " "},
          {"4242424242424242", 1, 2027, "123", "x".repeat(101)},
        }) {
      Refusal refusal =
          assertThrows(
              Refusal.class,
              () ->
                  CardCheck.accept(
                      (String) card[0],
                      (Integer) card[1],
                      (Integer) card[2],
                      (String) card[3],
                      (String) card[4],
                      NOW));
      assertEquals(400, refusal.status());
      assertEquals("invalid_card", refusal.code());
    }
  }

  @Test
  void theTestCardsBehaveAsTheContractSays() {
    assertEquals(CardCheck.Behaviour.APPROVE, CardCheck.behaviour("4242424242424242"));
    assertEquals(CardCheck.Behaviour.DECLINE, CardCheck.behaviour("4000000000000002"));
    assertEquals(CardCheck.Behaviour.INSUFFICIENT_FUNDS, CardCheck.behaviour("4000000000009995"));
  }
}
