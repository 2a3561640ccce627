package org.marquee.seating.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.marquee.booking.boundary.InvalidPurchaseException;

class SeatTrackerTest {

  @Test
  void oneToTenDistinctSeatsAreAccepted() {
    assertEquals(List.of(5L), SeatTracker.checkedSeatIds(List.of(5L)));
    List<Long> ten = LongStream.rangeClosed(1, 10).boxed().toList();
    assertEquals(ten, SeatTracker.checkedSeatIds(ten));
  }

  @Test
  void noSeatsTooManyRepeatsOrNullsAreRefused() {
    assertThrows(InvalidPurchaseException.class, () -> SeatTracker.checkedSeatIds(null));
    assertThrows(InvalidPurchaseException.class, () -> SeatTracker.checkedSeatIds(List.of()));
    assertThrows(
        InvalidPurchaseException.class,
        () -> SeatTracker.checkedSeatIds(LongStream.rangeClosed(1, 11).boxed().toList()));
    assertThrows(
        InvalidPurchaseException.class, () -> SeatTracker.checkedSeatIds(List.of(1L, 2L, 1L)));
    assertThrows(
        InvalidPurchaseException.class, () -> SeatTracker.checkedSeatIds(Arrays.asList(1L, null)));
  }

  @Test
  void aHoldLastsTenMinutesUnlessConfigured() {
    String before = System.getProperty("marquee.hold-duration");
    try {
      System.clearProperty("marquee.hold-duration");
      assertEquals(Duration.ofMinutes(10), SeatTracker.holdDuration());
      System.setProperty("marquee.hold-duration", "PT4M");
      assertEquals(Duration.ofMinutes(4), SeatTracker.holdDuration());
    } finally {
      if (before == null) {
        System.clearProperty("marquee.hold-duration");
      } else {
        System.setProperty("marquee.hold-duration", before);
      }
    }
  }
}
