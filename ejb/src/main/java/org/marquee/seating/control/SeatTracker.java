package org.marquee.seating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marquee.account.entity.Account;
import org.marquee.booking.boundary.InvalidPurchaseException;
import org.marquee.booking.entity.Channel;
import org.marquee.catalog.entity.Showtime;
import org.marquee.catalog.entity.ShowtimeStatus;
import org.marquee.platform.Constraints;
import org.marquee.platform.Settings;
import org.marquee.seating.boundary.SeatsUnavailableException;
import org.marquee.seating.boundary.ShowtimeCancelledException;
import org.marquee.seating.entity.Hold;
import org.marquee.seating.entity.HoldStatus;
import org.marquee.seating.entity.SeatStatus;
import org.marquee.seating.entity.SeatTakenException;
import org.marquee.seating.entity.ShowSeat;

/**
 * The seat tracker: every change of a seat's state goes through here, inside the caller's
 * transaction, and always decides on the database rows, never on a cache. Seats are read and
 * changed in seat-id order; each change is an optimistically locked update of its {@link ShowSeat},
 * flushed before the method returns, so a race lost to another transaction surfaces here as {@link
 * SeatsUnavailableException} (409) and rolls everything back, never as a 500 at commit. The unique
 * index on live tickets stands behind it.
 */
@ApplicationScoped
public class SeatTracker {

  /** At most this many seats in one hold or order. */
  public static final int MAX_SEATS = 10;

  @PersistenceContext EntityManager em;
  @Inject Event<SeatsChanged> changes;
  @Inject SaleLimits limits;

  /** How long a hold lasts: {@code marquee.hold-duration} (ISO-8601, such as PT10M). */
  public static Duration holdDuration() {
    return Settings.get("marquee.hold-duration")
        .map(Duration::parse)
        .orElse(Duration.ofMinutes(10));
  }

  /** Seats ids as asked, checked: at least one, at most ten, no repeats. */
  public static List<Long> checkedSeatIds(List<Long> seatIds) {
    if (seatIds == null || seatIds.isEmpty()) {
      throw new InvalidPurchaseException("Choose at least one seat.");
    }
    if (seatIds.size() > MAX_SEATS) {
      throw new InvalidPurchaseException("At most " + MAX_SEATS + " seats at a time.");
    }
    Set<Long> distinct = new LinkedHashSet<>(seatIds);
    if (distinct.size() != seatIds.size() || distinct.contains(null)) {
      throw new InvalidPurchaseException("Each seat may be chosen once.");
    }
    return List.copyOf(distinct);
  }

  /**
   * Refuses a showtime that is cancelled (409) or has started (400): nothing is sold for it any
   * more. See {@link #requireNotCancelled}.
   */
  public void requireOnSale(Showtime showtime, Instant now) {
    Instant startsAt = requireNotCancelled(showtime.getId());
    if (!now.isBefore(startsAt)) {
      throw new InvalidPurchaseException("This showtime has started; its seats are not on sale.");
    }
  }

  /**
   * Refuses a cancelled showtime (409), and returns when it starts. The row is read from the
   * database, never from the second-level cache (whose copy a node cut off from the rest of the
   * cluster would not hear of a cancellation), under a {@code FOR KEY SHARE} lock held until the
   * caller's transaction ends. A cancellation locks the row {@code FOR UPDATE} ({@code
   * RefundSteps.cancelShowtime}), which waits for every hold and sale that holds the lock, and
   * makes the ones that come after it wait and then read it cancelled: a sale and a cancellation
   * never interleave. {@code FOR KEY SHARE} is the lock the foreign keys of the hold, order and
   * ticket rows take on this row anyway; it conflicts with nothing but {@code FOR UPDATE}, so sales
   * never wait for each other.
   */
  public Instant requireNotCancelled(long showtimeId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select status, starts_at from showtime where id = ?1 for key share")
                .setParameter(1, showtimeId)
                .getSingleResult();
    if (ShowtimeStatus.CANCELLED.name().equals(row[0])) {
      throw new ShowtimeCancelledException();
    }
    return instant(row[1]);
  }

  private static Instant instant(Object column) {
    if (column instanceof Instant instant) {
      return instant;
    }
    if (column instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((Timestamp) column).toInstant();
  }

  /**
   * Holds all of {@code seatIds} of the showtime for the account, or none of them. On the web, a
   * house seat kept for the box office counts as taken, and the account's limits apply ({@link
   * SaleLimits}).
   */
  public Hold hold(
      Account account, Showtime showtime, List<Long> seatIds, Instant now, Channel channel) {
    requireOnSale(showtime, now);
    if (channel == Channel.WEB) {
      limits.check(account, showtime, checkedSeatIds(seatIds).size(), now);
    }
    List<ShowSeat> seats = seats(showtime, checkedSeatIds(seatIds));
    Instant houseRelease = HouseSeats.releaseOf(showtime.getStartsAt());
    List<Long> unavailable = new ArrayList<>();
    for (ShowSeat seat : seats) {
      boolean free =
          channel == Channel.BOX_OFFICE
              ? seat.statusAt(now) == SeatStatus.AVAILABLE
              : seat.publicStatusAt(now, houseRelease) == SeatStatus.AVAILABLE;
      if (!free) {
        unavailable.add(seat.getSeat().getId());
      }
    }
    if (!unavailable.isEmpty()) {
      throw new SeatsUnavailableException(unavailable);
    }
    Instant until = now.plus(holdDuration());
    Hold hold = new Hold(account, showtime, now, until);
    em.persist(hold);
    seats.forEach(seat -> seat.hold(hold, until, now));
    flush(seats);
    changes.fire(new SeatsChanged(showtime.getId()));
    return hold;
  }

  /** The seats {@code hold} still holds, by seat id. */
  public List<ShowSeat> heldBy(Hold hold) {
    return em.createNamedQuery(ShowSeat.BY_HOLD, ShowSeat.class)
        .setParameter("hold", hold)
        .getResultList();
  }

  /**
   * Sells {@code seatIds} to the buyer of {@code hold}: the showtime must not have been cancelled
   * (checked under the lock of {@link #requireNotCancelled}), and each seat must still be held by
   * the hold, or be free (the hold ran out and nobody took the seat). All or none.
   */
  public List<ShowSeat> sell(Hold hold, List<Long> seatIds, Instant now) {
    if (seatIds.isEmpty()) {
      throw new SeatsUnavailableException(seatIds);
    }
    requireNotCancelled(hold.getShowtime().getId());
    List<ShowSeat> seats = seats(hold.getShowtime(), seatIds);
    List<Long> unavailable = new ArrayList<>();
    for (ShowSeat seat : seats) {
      try {
        seat.sell(hold, now);
      } catch (SeatTakenException e) {
        unavailable.add(seat.getSeat().getId());
      }
    }
    if (!unavailable.isEmpty()) {
      throw new SeatsUnavailableException(unavailable);
    }
    hold.end(HoldStatus.CONVERTED);
    flush(seats);
    changes.fire(new SeatsChanged(hold.getShowtime().getId()));
    return seats;
  }

  /** Ends {@code hold} with {@code outcome}, freeing the seats it still holds. */
  public void release(Hold hold, HoldStatus outcome) {
    if (hold.getStatus() != HoldStatus.ACTIVE) {
      return;
    }
    List<ShowSeat> seats = heldBy(hold);
    seats.forEach(seat -> seat.releaseFrom(hold));
    hold.end(outcome);
    flush(seats);
    changes.fire(new SeatsChanged(hold.getShowtime().getId()));
  }

  /** Frees sold seats again (a refund): the tickets were cancelled in the same transaction. */
  public void releaseSold(Showtime showtime, List<Long> seatIds) {
    List<ShowSeat> seats = seats(showtime, seatIds);
    seats.forEach(ShowSeat::release);
    flush(seats);
    changes.fire(new SeatsChanged(showtime.getId()));
  }

  private List<ShowSeat> seats(Showtime showtime, List<Long> seatIds) {
    List<ShowSeat> seats =
        em.createNamedQuery(ShowSeat.BY_SEATS, ShowSeat.class)
            .setParameter("showtimeId", showtime.getId())
            .setParameter("seatIds", seatIds)
            .getResultList();
    if (seats.size() != seatIds.size()) {
      throw new InvalidPurchaseException("A seat you chose is not a seat of this showtime.");
    }
    return seats;
  }

  /**
   * Writes the changes now, so that a lost race is known here: a concurrent change of one of these
   * seats (optimistic lock) or a second live ticket for one (the unique index).
   */
  private void flush(List<ShowSeat> seats) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      List<Long> lost =
          e.getEntity() instanceof ShowSeat seat
              ? List.of(seat.getSeat().getId())
              : seats.stream().map(s -> s.getSeat().getId()).toList();
      throw new SeatsUnavailableException(lost);
    } catch (PersistenceException e) {
      if (Constraints.violated(e, "ux_ticket_live_seat")) {
        throw new SeatsUnavailableException(seats.stream().map(s -> s.getSeat().getId()).toList());
      }
      throw e;
    }
  }
}
