package org.marquee.booking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.booking.boundary.InvalidPurchaseException;
import org.marquee.booking.boundary.PaymentChoice;
import org.marquee.booking.boundary.PurchaseCommand;
import org.marquee.payment.boundary.PaymentDeclinedException;
import org.marquee.seating.boundary.SeatsUnavailableException;

class IdempotencyKeysTest {

  private static PaymentChoice card(String number) {
    return PaymentChoice.card(number, 12, 2030, "123", "Ada");
  }

  @Test
  void theSameRequestHashesAlikeWhateverTheOrderOfItsSeats() {
    String one =
        IdempotencyKeys.requestHash(
            "WEB", PurchaseCommand.ofSeats(7, List.of(3L, 1L, 2L), PaymentChoice.saved()));
    String two =
        IdempotencyKeys.requestHash(
            "WEB", PurchaseCommand.ofSeats(7, List.of(1L, 2L, 3L), PaymentChoice.saved()));
    assertEquals(one, two);
    assertEquals(64, one.length());
  }

  @Test
  void anotherSeatShowtimeHoldPaymentOrChannelIsAnotherRequest() {
    String base =
        IdempotencyKeys.requestHash(
            "WEB", PurchaseCommand.ofSeats(7, List.of(1L), card("4242424242424242")));
    for (String other :
        List.of(
            IdempotencyKeys.requestHash(
                "WEB", PurchaseCommand.ofSeats(7, List.of(2L), card("4242424242424242"))),
            IdempotencyKeys.requestHash(
                "WEB", PurchaseCommand.ofSeats(8, List.of(1L), card("4242424242424242"))),
            IdempotencyKeys.requestHash("WEB", PurchaseCommand.ofHold(1, card("4242424242424242"))),
            IdempotencyKeys.requestHash(
                "WEB", PurchaseCommand.ofSeats(7, List.of(1L), card("5555555555554444"))),
            IdempotencyKeys.requestHash(
                "WEB", PurchaseCommand.ofSeats(7, List.of(1L), PaymentChoice.saved())),
            IdempotencyKeys.requestHash(
                "BOX_OFFICE", PurchaseCommand.ofSeats(7, List.of(1L), card("4242424242424242"))))) {
      assertNotEquals(base, other);
    }
  }

  @Test
  void onlyWhatAReceiptShowsOfACardGoesIntoTheHash() {
    // two numbers with the same last four digits, expiry and holder cannot be told apart
    assertEquals(
        IdempotencyKeys.requestHash(
            "WEB", PurchaseCommand.ofSeats(7, List.of(1L), card("4000 0566 5566 5556"))),
        IdempotencyKeys.requestHash(
            "WEB", PurchaseCommand.ofSeats(7, List.of(1L), card("4242424242425556"))));
  }

  @Test
  void aRememberedRefusalIsThrownAgainAsItWas() {
    assertInstanceOf(
        PaymentDeclinedException.class,
        IdempotencyKeys.replay(402, "{\"detail\":\"x\",\"declineCode\":\"insufficient_funds\"}"));
    SeatsUnavailableException taken =
        (SeatsUnavailableException)
            IdempotencyKeys.replay(409, "{\"detail\":\"x\",\"unavailableSeatIds\":[4,9]}");
    assertEquals(List.of(4L, 9L), taken.seatIds());
    InvalidPurchaseException invalid =
        (InvalidPurchaseException) IdempotencyKeys.replay(400, "{\"detail\":\"No seats.\"}");
    assertEquals("No seats.", invalid.getMessage());
    assertFalse(invalid.getMessage().isEmpty());
  }
}
