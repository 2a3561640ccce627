package org.marquee.seating.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.catalog.entity.Auditorium;
import org.marquee.catalog.entity.Movie;
import org.marquee.catalog.entity.SeatCategory;
import org.marquee.catalog.entity.Showtime;
import org.marquee.catalog.entity.Theater;

class ShowSeatTest {

  private final Instant now = Instant.parse("2026-12-01T18:00:00Z");
  private final Showtime showtime = showtime();
  private final ShowSeat seat = new ShowSeat(showtime, null, 1000);

  private Showtime showtime() {
    Theater theater = new Theater("Odeon", "Berlin", "Street 1", java.time.ZoneId.of("UTC"));
    Auditorium auditorium = new Auditorium(theater, "1");
    auditorium.addRow("A", 2, SeatCategory.STANDARD);
    Movie movie = new Movie("Film", "", 90, "PG", List.of(), LocalDate.of(2026, 1, 1));
    return new Showtime(movie, auditorium, now.plus(Duration.ofHours(2)), 1000, "EUR");
  }

  private Hold hold(long id, Duration lasting) {
    Hold hold = new Hold(null, showtime, now, now.plus(lasting));
    try {
      Field field = Hold.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(hold, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return hold;
  }

  @Test
  void anAvailableSeatCanBeHeldThenSold() {
    Hold hold = hold(1, Duration.ofMinutes(10));
    seat.hold(hold, hold.getExpiresAt(), now);
    assertEquals(SeatStatus.HELD, seat.statusAt(now));
    seat.sell(hold, now);
    assertEquals(SeatStatus.SOLD, seat.statusAt(now));
    assertNull(seat.getHold());
  }

  @Test
  void aHeldSeatCannotBeHeldByAnotherUntilTheHoldExpires() {
    Hold first = hold(1, Duration.ofMinutes(10));
    seat.hold(first, first.getExpiresAt(), now);
    Hold second = hold(2, Duration.ofMinutes(10));
    assertThrows(
        SeatTakenException.class,
        () -> seat.hold(second, second.getExpiresAt(), now.plusSeconds(60)));

    Instant afterExpiry = first.getExpiresAt();
    assertEquals(
        SeatStatus.AVAILABLE, seat.statusAt(afterExpiry), "an expired hold does not block");
    seat.hold(second, afterExpiry.plus(Duration.ofMinutes(10)), afterExpiry);
    assertEquals(2L, seat.getHold().getId());
  }

  @Test
  void aSoldSeatCannotBeHeldOrSoldAgain() {
    Hold hold = hold(1, Duration.ofMinutes(10));
    seat.hold(hold, hold.getExpiresAt(), now);
    seat.sell(hold, now);
    assertThrows(
        SeatTakenException.class,
        () -> seat.hold(hold(2, Duration.ofMinutes(5)), now.plusSeconds(300), now));
    assertThrows(SeatTakenException.class, () -> seat.sell(hold, now));
    assertEquals(SeatStatus.SOLD, seat.statusAt(now.plus(Duration.ofDays(1))), "sold is forever");
  }

  @Test
  void onlyTheHoldingHoldCanSell() {
    Hold mine = hold(1, Duration.ofMinutes(10));
    seat.hold(mine, mine.getExpiresAt(), now);
    Hold other = hold(2, Duration.ofMinutes(10));
    assertThrows(SeatTakenException.class, () -> seat.sell(other, now));
    assertEquals(SeatStatus.HELD, seat.statusAt(now));
    assertEquals(false, seat.releaseFrom(other), "another hold cannot free it");
    assertEquals(SeatStatus.HELD, seat.statusAt(now));
  }

  @Test
  void aBuyerWhoseHoldRanOutStillGetsTheSeatIfNobodyTookIt() {
    Hold mine = hold(1, Duration.ofMinutes(10));
    seat.hold(mine, mine.getExpiresAt(), now);
    seat.releaseFrom(mine);
    seat.sell(mine, mine.getExpiresAt().plusSeconds(5));
    assertEquals(SeatStatus.SOLD, seat.getStatus());
  }

  @Test
  void aBuyerWhoseHoldRanOutLosesTheSeatToTheNextHolder() {
    Hold mine = hold(1, Duration.ofMinutes(10));
    seat.hold(mine, mine.getExpiresAt(), now);
    Instant later = mine.getExpiresAt().plusSeconds(1);
    Hold next = hold(2, Duration.ofMinutes(20));
    seat.hold(next, later.plus(Duration.ofMinutes(10)), later);
    assertThrows(SeatTakenException.class, () -> seat.sell(mine, later));
    assertEquals(2L, seat.getHold().getId());
  }

  @Test
  void releaseFreesTheSeat() {
    Hold hold = hold(1, Duration.ofMinutes(10));
    seat.hold(hold, hold.getExpiresAt(), now);
    seat.release();
    assertEquals(SeatStatus.AVAILABLE, seat.statusAt(now));
    assertNull(seat.getHoldExpiresAt());
  }

  @Test
  void aHouseSeatReadsHeldToThePublicUntilItsRelease() throws ReflectiveOperationException {
    Field house = ShowSeat.class.getDeclaredField("house");
    house.setAccessible(true);
    house.set(seat, true);
    Instant release = now.plus(Duration.ofMinutes(30));
    assertTrue(seat.isKeptForBoxOfficeAt(now, release));
    assertEquals(SeatStatus.HELD, seat.publicStatusAt(now, release));
    assertEquals(SeatStatus.AVAILABLE, seat.statusAt(now), "the box office sees it free");
    assertEquals(SeatStatus.AVAILABLE, seat.publicStatusAt(release, release), "released");
    Hold counter = hold(9, Duration.ofMinutes(10));
    seat.hold(counter, counter.getExpiresAt(), now);
    seat.sell(counter, now);
    assertEquals(SeatStatus.SOLD, seat.publicStatusAt(now, release), "sold reads sold");
  }

  @Test
  void aSeatMapRowReadsAsItsEntityWouldInEveryState() throws ReflectiveOperationException {
    Field house = ShowSeat.class.getDeclaredField("house");
    house.setAccessible(true);
    Instant release = now.plus(Duration.ofMinutes(30));
    Hold hold = hold(1, Duration.ofMinutes(10));
    for (boolean kept : List.of(false, true)) {
      ShowSeat free = new ShowSeat(showtime, null, 1000);
      ShowSeat held = new ShowSeat(showtime, null, 1000);
      held.hold(hold, hold.getExpiresAt(), now);
      ShowSeat sold = new ShowSeat(showtime, null, 1000);
      sold.hold(hold, hold.getExpiresAt(), now);
      sold.sell(hold, now);
      for (ShowSeat each : List.of(free, held, sold)) {
        house.set(each, kept);
        ShowSeat.MapRow row =
            new ShowSeat.MapRow(
                1,
                "A",
                1,
                SeatCategory.STANDARD,
                each.getStatus(),
                each.getHoldExpiresAt(),
                each.isHouse(),
                1000);
        for (Instant at : List.of(now, hold.getExpiresAt(), release, release.plusSeconds(1))) {
          assertEquals(
              each.publicStatusAt(at, release),
              row.publicStatusAt(at, release),
              each.getStatus() + (kept ? " house seat" : " seat") + " at " + at);
        }
      }
    }
  }
}
