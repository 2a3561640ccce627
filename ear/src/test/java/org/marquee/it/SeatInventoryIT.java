package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.seating.boundary.SeatsUnavailableException;

/**
 * The guards of the seat inventory on the real database: a taken seat is one row under the key
 * (showtime, seat), so of two transactions that claim the same free seat exactly one commits, and
 * of two that race for the seat of a hold that ran out exactly one takes it over; a free seat has
 * no row at all; and the unique index allows one live ticket per seat of a showtime.
 */
@ExtendWith(ArquillianExtension.class)
class SeatInventoryIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject SeatWriter writer;
  @Inject BookingProbe probe;
  @Resource ManagedExecutorService executor;

  private long seededShowtime() {
    TheaterView theater = fixture.theater("Race", "Europe/Berlin");
    long screen = fixture.auditorium(theater, "Screen 1");
    MovieView movie = fixture.releasedMovie("Photo Finish");
    return fixture.showtime(movie, screen, fixture.inHours(5), 1000);
  }

  @Test
  void aScheduledShowtimeKeepsNoRowForItsFreeSeats() {
    long showtime = seededShowtime();
    assertEquals(0, writer.claims(showtime), "scheduling writes nothing per seat");
    long seat = writer.firstSeat(showtime);
    assertNull(writer.claimOf(showtime, seat));
  }

  @Test
  void ofTwoTransactionsClaimingOneSeatExactlyOneWins() throws Exception {
    for (int round = 0; round < 5; round++) {
      long showtime = seededShowtime();
      long seat = writer.firstSeat(showtime);
      List<Long> winners = race(showtime, seat);
      assertEquals(winners.get(0), writer.claimOf(showtime, seat), "held by the winner's hold");
      assertEquals(1, writer.claims(showtime), "one row: the taken seat");
    }
  }

  @Test
  void ofTwoTransactionsTakingOverAnExpiredHoldsSeatExactlyOneWins() throws Exception {
    for (int round = 0; round < 3; round++) {
      long showtime = seededShowtime();
      long seat = writer.firstSeat(showtime);
      long lapsed = race(showtime, seat).get(0);
      probe.expireHold(lapsed);
      List<Long> winners = race(showtime, seat);
      assertEquals(winners.get(0), writer.claimOf(showtime, seat), "taken over by the winner");
      assertThrows(
          SeatsUnavailableException.class,
          () -> writer.sell(lapsed, List.of(seat)),
          "the lapsed hold's buyer cannot buy a seat another hold took over");
      writer.sell(winners.get(0), List.of(seat));
      assertEquals(0L, writer.claimOf(showtime, seat), "sold");
    }
  }

  /** Two holds of one seat at once: exactly one commits; returns the winner's hold. */
  private List<Long> race(long showtime, long seat) throws Exception {
    CyclicBarrier bothStarted = new CyclicBarrier(2);
    List<Future<Long>> rivals = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      rivals.add(
          executor.submit(() -> writer.holdAfterRivalHasStarted(showtime, seat, bothStarted)));
    }
    List<Long> winners = new ArrayList<>();
    List<Throwable> losers = new ArrayList<>();
    for (Future<Long> rival : rivals) {
      try {
        winners.add(rival.get(60, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        losers.add(e.getCause());
      }
    }
    assertEquals(1, winners.size(), "exactly one transaction commits: " + losers);
    assertEquals(1, losers.size());
    assertTrue(
        losers.get(0) instanceof SeatsUnavailableException,
        "the loser is told the seat is taken: " + losers.get(0));
    return winners;
  }

  @Test
  void aSeatHasAtMostOneLiveTicketPerShowtime() {
    long showtime = seededShowtime();
    long seat = writer.firstSeat(showtime);
    long first = writer.issueTicket(showtime, seat);
    assertThrows(
        EJBException.class, () -> writer.issueTicket(showtime, seat), "second live ticket");

    writer.cancelTicket(first);
    long second = writer.issueTicket(showtime, seat);
    assertNotEquals(first, second);
    assertTrue(writer.code(second).length() >= 20);
    assertNotEquals(writer.code(first), writer.code(second));
  }
}
