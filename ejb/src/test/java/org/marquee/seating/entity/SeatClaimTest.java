package org.marquee.seating.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.catalog.entity.SeatCategory;

class SeatClaimTest {

  private final Instant now = Instant.parse("2026-12-01T18:00:00Z");
  private final Instant release = now.plus(Duration.ofMinutes(30));
  private final SeatClaim held = new SeatClaim(7, 1L, now.plus(Duration.ofMinutes(10)));
  private final SeatClaim sold = SeatClaim.sold(7);

  @Test
  void aSeatWithoutAClaimIsFree() {
    assertEquals(SeatStatus.AVAILABLE, SeatClaim.statusAt(null, now));
  }

  @Test
  void aHeldSeatIsHeldUntilItsHoldRunsOutThenFree() {
    assertEquals(SeatStatus.HELD, SeatClaim.statusAt(held, now));
    assertEquals(SeatStatus.HELD, SeatClaim.statusAt(held, held.heldUntil().minusMillis(1)));
    assertEquals(SeatStatus.AVAILABLE, SeatClaim.statusAt(held, held.heldUntil()));
  }

  @Test
  void aSoldSeatStaysSold() {
    assertTrue(sold.isSold());
    assertEquals(SeatStatus.SOLD, SeatClaim.statusAt(sold, now.plus(Duration.ofDays(365))));
  }

  @Test
  void onlyItsOwnHoldHoldsASeatEvenOnceItRanOut() {
    assertTrue(held.isHeldBy(1));
    assertFalse(held.isHeldBy(2));
    assertFalse(sold.isHeldBy(1));
  }

  @Test
  void aFreeHouseSeatReadsHeldToThePublicUntilItsRelease() {
    assertEquals(SeatStatus.HELD, SeatClaim.publicStatusAt(null, true, now, release));
    assertEquals(SeatStatus.AVAILABLE, SeatClaim.statusAt(null, now), "the box office: free");
    assertEquals(SeatStatus.AVAILABLE, SeatClaim.publicStatusAt(null, true, release, release));
    assertEquals(SeatStatus.SOLD, SeatClaim.publicStatusAt(sold, true, now, release));
    assertEquals(SeatStatus.HELD, SeatClaim.publicStatusAt(held, true, now, release));
    assertEquals(SeatStatus.AVAILABLE, SeatClaim.publicStatusAt(null, false, now, release));
  }

  @Test
  void theSqlRuleAgreesWithTheJavaRuleInEveryState() {
    // LIVE_AT_SQL is "held_until is null or held_until > ?": evaluated here by hand for each claim
    assertEquals("(held_until is null or held_until > ?)", SeatClaim.LIVE_AT_SQL);
    for (SeatClaim claim : List.of(held, sold)) {
      for (Instant at : List.of(now, held.heldUntil(), held.heldUntil().plusSeconds(1))) {
        boolean liveBySql = claim.heldUntil() == null || claim.heldUntil().isAfter(at);
        boolean liveByJava = SeatClaim.statusAt(claim, at) != SeatStatus.AVAILABLE;
        assertEquals(liveByJava, liveBySql, claim + " at " + at);
      }
    }
  }

  @Test
  void aLayoutFindsItsSeatsAndCountsItsHouseSeats() {
    SeatLayout layout =
        new SeatLayout(
            3,
            List.of(
                new SeatLayout.Place(10, "A", 1, SeatCategory.STANDARD, false),
                new SeatLayout.Place(11, "A", 2, SeatCategory.PREMIUM, true)));
    assertEquals(2, layout.capacity());
    assertEquals(1, layout.houseSeats());
    assertTrue(layout.seat(11).orElseThrow().house());
    assertTrue(layout.seat(12).isEmpty());
  }
}
