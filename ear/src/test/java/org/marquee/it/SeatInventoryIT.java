package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
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
import org.marquee.seating.entity.SeatStatus;
import org.marquee.seating.entity.ShowSeat;

/**
 * The two guards of the seat inventory on the real database: the optimistic lock on {@link
 * ShowSeat} (of two transactions that read the same seat and then change it, exactly one commits)
 * and the unique index that allows one live ticket per seat of a showtime.
 */
@ExtendWith(ArquillianExtension.class)
class SeatInventoryIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject SeatWriter writer;
  @Resource ManagedExecutorService executor;

  private long seededSeat() {
    TheaterView theater = fixture.theater("Race", "Europe/Berlin");
    long screen = fixture.auditorium(theater, "Screen 1");
    MovieView movie = fixture.releasedMovie("Photo Finish");
    long showtime = fixture.showtime(movie, screen, fixture.inHours(5), 1000);
    return writer.firstShowSeat(showtime);
  }

  @Test
  void ofTwoTransactionsChangingOneSeatExactlyOneWins() throws Exception {
    for (int round = 0; round < 5; round++) {
      long seat = seededSeat();
      CyclicBarrier bothHaveRead = new CyclicBarrier(2);
      List<Future<Long>> rivals = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        rivals.add(executor.submit(() -> writer.holdAfterRivalHasRead(seat, bothHaveRead)));
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
      assertTrue(causedByOptimisticLock(losers.get(0)), "the loser lost the optimistic lock");

      ShowSeat after = writer.seat(seat);
      assertEquals(SeatStatus.HELD, after.getStatus());
      assertEquals(1, after.getVersion(), "one update only");
      assertEquals(winners.get(0), writer.holdOf(seat), "held by the winner's hold");
    }
  }

  @Test
  void aSeatHasAtMostOneLiveTicketPerShowtime() {
    long seat = seededSeat();
    long first = writer.issueTicket(seat);
    assertThrows(EJBException.class, () -> writer.issueTicket(seat), "second live ticket");

    writer.cancelTicket(first);
    long second = writer.issueTicket(seat);
    assertNotEquals(first, second);
    assertTrue(writer.code(second).length() >= 20);
    assertNotEquals(writer.code(first), writer.code(second));
  }

  private static boolean causedByOptimisticLock(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException
          || t.getClass().getName().contains("StaleObjectState")
          || t.getClass().getName().contains("OptimisticLock")) {
        return true;
      }
    }
    return false;
  }
}
