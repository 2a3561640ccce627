package org.marquee.seating.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.marquee.account.control.Accounts;
import org.marquee.account.entity.Account;
import org.marquee.booking.boundary.InvalidPurchaseException;
import org.marquee.booking.control.BookingViews;
import org.marquee.booking.entity.Channel;
import org.marquee.catalog.boundary.UnknownShowtimeException;
import org.marquee.catalog.entity.Showtime;
import org.marquee.platform.metrics.BusinessMetrics;
import org.marquee.seating.control.SeatTracker;
import org.marquee.seating.entity.Hold;
import org.marquee.seating.entity.HoldStatus;

/**
 * Seats set aside while a customer pays: all requested seats or none, at most ten, of one showtime
 * that has not started. A hold lasts ten minutes ({@code marquee.hold-duration}); the hold reaper
 * frees it when it runs out, and its owner may let it go sooner.
 */
@Stateless
@RolesAllowed("CUSTOMER")
public class HoldService {

  @PersistenceContext EntityManager em;
  @Inject SeatTracker tracker;
  @Inject BusinessMetrics metrics;
  @Inject Accounts accounts;
  @Inject BookingViews views;
  @Inject Clock clock;
  @Resource SessionContext session;

  public HoldView hold(Long showtimeId, List<Long> seatIds) {
    if (showtimeId == null) {
      throw new InvalidPurchaseException("showtimeId is required.");
    }
    SeatTracker.checkedSeatIds(seatIds);
    Showtime showtime = em.find(Showtime.class, showtimeId);
    if (showtime == null) {
      throw new UnknownShowtimeException(showtimeId);
    }
    Hold hold = tracker.hold(caller(), showtime, seatIds, clock.instant(), Channel.WEB);
    List<Long> held = tracker.heldBy(hold);
    metrics.held(held.size());
    return views.hold(hold, held);
  }

  /**
   * The caller's hold with the seats it still holds; none once it has ended (bought, released or
   * run out).
   */
  public HoldView find(long holdId) {
    Hold hold = mine(holdId);
    List<Long> seats = hold.isActiveAt(clock.instant()) ? tracker.heldBy(hold) : List.of();
    return views.hold(hold, seats);
  }

  /** Lets the caller's hold go: its seats are free again. Releasing it twice changes nothing. */
  public void release(long holdId) {
    tracker.release(mine(holdId), HoldStatus.RELEASED);
  }

  private Hold mine(long holdId) {
    Hold hold = em.find(Hold.class, holdId);
    if (hold == null
        || hold.getAccount() == null
        || !hold.getAccount().getId().equals(caller().getId())) {
      throw new UnknownHoldException(holdId);
    }
    return hold;
  }

  private Account caller() {
    return accounts.byEmail(session.getCallerPrincipal().getName());
  }
}
