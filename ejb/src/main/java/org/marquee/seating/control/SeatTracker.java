package org.marquee.seating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marquee.account.entity.Account;
import org.marquee.booking.boundary.InvalidPurchaseException;
import org.marquee.booking.entity.Channel;
import org.marquee.catalog.control.PriceCalculator;
import org.marquee.catalog.entity.Showtime;
import org.marquee.catalog.entity.ShowtimeStatus;
import org.marquee.platform.Instants;
import org.marquee.platform.Settings;
import org.marquee.seating.boundary.SeatsUnavailableException;
import org.marquee.seating.boundary.ShowtimeCancelledException;
import org.marquee.seating.entity.Hold;
import org.marquee.seating.entity.HoldStatus;
import org.marquee.seating.entity.SeatClaim;
import org.marquee.seating.entity.SeatLayout;
import org.marquee.seating.entity.SeatStatus;

/**
 * The seat tracker: every change of a seat's state goes through here, inside the caller's
 * transaction, and always decides on the database rows, never on a cache. A taken seat is a row of
 * {@code seat_claim} under the key (showtime, seat); a free seat has none ({@link SeatClaim}). A
 * hold or a sale claims its seats with one insert, in seat-id order, that takes over only the seats
 * of holds that have run out; when the key finds a seat taken, the insert leaves it out of its
 * answer, and the whole change is refused as {@link SeatsUnavailableException} (409) naming it, and
 * rolls back: never a 500 at commit. The unique index on live tickets stands behind it.
 */
@ApplicationScoped
public class SeatTracker {

  /** At most this many seats in one hold or order. */
  public static final int MAX_SEATS = 10;

  @PersistenceContext EntityManager em;
  @Inject Event<SeatsChanged> changes;
  @Inject SaleLimits limits;
  @Inject SeatLayouts layouts;

  /** How long a hold lasts: {@code marquee.hold-duration} (ISO-8601, such as PT10M). */
  public static Duration holdDuration() {
    return Settings.getDuration("marquee.hold-duration", Duration.ofMinutes(10));
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
    return Instants.of(row[1]);
  }

  /**
   * Holds all of {@code seatIds} of the showtime for the account, or none of them. On the web, a
   * house seat kept for the box office counts as taken, and the account's limits apply ({@link
   * SaleLimits}). Each seat is claimed by an insert under the key (showtime, seat); a seat whose
   * hold has run out is taken over in the same statement; a seat claimed by a live hold or sold
   * stays as it is, and the hold is refused naming it.
   */
  public Hold hold(
      Account account, Showtime showtime, List<Long> seatIds, Instant now, Channel channel) {
    requireOnSale(showtime, now);
    List<Long> asked = checkedSeatIds(seatIds).stream().sorted().toList();
    if (channel == Channel.WEB) {
      limits.check(account, showtime, asked.size(), now);
    }
    SeatLayout layout = layoutOf(showtime, asked);
    Instant houseRelease = HouseSeats.releaseOf(showtime.getStartsAt());
    List<Long> kept =
        channel == Channel.BOX_OFFICE
            ? List.of()
            : asked.stream()
                .filter(
                    id ->
                        SeatClaim.isKeptForBoxOffice(
                            SeatStatus.AVAILABLE,
                            layout.seat(id).orElseThrow().house(),
                            now,
                            houseRelease))
                .toList();
    if (!kept.isEmpty()) {
      throw new SeatsUnavailableException(kept);
    }
    Instant until = now.plus(holdDuration());
    Hold hold = new Hold(account, showtime, now, until);
    em.persist(hold);
    em.flush();
    List<Long> claimed =
        claim(
            showtime.getId(),
            asked,
            "?3, ?4",
            "hold_id = excluded.hold_id, held_until = excluded.held_until",
            "seat_claim.held_until <= ?5",
            hold.getId(),
            Timestamp.from(until),
            Timestamp.from(now));
    requireAll(asked, claimed);
    changes.fire(new SeatsChanged(showtime.getId()));
    return hold;
  }

  /** The seats {@code hold} still holds (whether or not it has run out), by seat id. */
  @SuppressWarnings("unchecked")
  public List<Long> heldBy(Hold hold) {
    List<Number> ids =
        em.createNativeQuery(
                "select seat_id from seat_claim where showtime_id = ?1 and hold_id = ?2"
                    + " order by seat_id")
            .setParameter(1, hold.getShowtime().getId())
            .setParameter(2, hold.getId())
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /**
   * Sells {@code seatIds} to the buyer of {@code hold}: the showtime must not have been cancelled
   * (checked under the lock of {@link #requireNotCancelled}), and each seat must still be held by
   * the hold, or be free (the hold ran out and nobody took the seat). All or none. Returns the
   * seats sold with their prices, by seat id.
   */
  public List<SoldSeat> sell(Hold hold, List<Long> seatIds, Instant now) {
    if (seatIds.isEmpty()) {
      throw new SeatsUnavailableException(seatIds);
    }
    Showtime showtime = hold.getShowtime();
    requireNotCancelled(showtime.getId());
    List<Long> asked = seatIds.stream().sorted().toList();
    SeatLayout layout = layoutOf(showtime, asked);
    List<Long> sold =
        claim(
            showtime.getId(),
            asked,
            "cast(null as bigint), cast(null as timestamptz)",
            "hold_id = null, held_until = null",
            "seat_claim.hold_id = ?3 or seat_claim.held_until <= ?4",
            hold.getId(),
            Timestamp.from(now));
    requireAll(asked, sold);
    hold.end(HoldStatus.CONVERTED);
    em.flush();
    changes.fire(new SeatsChanged(showtime.getId()));
    return asked.stream()
        .map(id -> layout.seat(id).orElseThrow())
        .map(place -> new SoldSeat(place.seatId(), priceOf(showtime, place)))
        .toList();
  }

  /** A seat sold, and what it cost. */
  public record SoldSeat(long seatId, int priceCents) {}

  /** What {@code seatIds} of the showtime cost together. */
  public int priceOf(Showtime showtime, List<Long> seatIds) {
    SeatLayout layout = layoutOf(showtime, seatIds);
    return seatIds.stream().mapToInt(id -> priceOf(showtime, layout.seat(id).orElseThrow())).sum();
  }

  private static int priceOf(Showtime showtime, SeatLayout.Place place) {
    return PriceCalculator.priceOf(place.category(), showtime.getPriceCents());
  }

  /** Ends {@code hold} with {@code outcome}, freeing the seats it still holds. */
  public void release(Hold hold, HoldStatus outcome) {
    if (hold.getStatus() != HoldStatus.ACTIVE) {
      return;
    }
    em.createNativeQuery(
            "delete from seat_claim where showtime_id = ?1 and hold_id = ?2 returning seat_id")
        .setParameter(1, hold.getShowtime().getId())
        .setParameter(2, hold.getId())
        .getResultList();
    hold.end(outcome);
    em.flush();
    changes.fire(new SeatsChanged(hold.getShowtime().getId()));
  }

  /** Frees sold seats again (a refund): the tickets were cancelled in the same transaction. */
  public void releaseSold(Showtime showtime, List<Long> seatIds) {
    if (seatIds.isEmpty()) {
      return;
    }
    em.flush();
    em.createNativeQuery(
            "delete from seat_claim where showtime_id = ?1 and hold_id is null"
                + " and seat_id = any (cast(string_to_array(?2, ',') as bigint[]))"
                + " returning seat_id")
        .setParameter(1, showtime.getId())
        .setParameter(2, joined(seatIds))
        .getResultList();
    changes.fire(new SeatsChanged(showtime.getId()));
  }

  /**
   * Claims {@code seatIds} (sorted, so two claims never wait for each other in opposite orders)
   * with one insert under the key (showtime, seat): a seat without a claim gets one with {@code
   * values}; a seat already claimed is changed by {@code update} only where {@code takeOver} holds.
   * Returns the seats claimed or changed; a seat missing from the answer was taken. Parameters
   * {@code ?1} (the showtime) and {@code ?2} (the seats) are this method's; the caller's start at
   * {@code ?3}.
   */
  @SuppressWarnings("unchecked")
  private List<Long> claim(
      long showtimeId,
      List<Long> seatIds,
      String values,
      String update,
      String takeOver,
      Object... parameters) {
    var query =
        em.createNativeQuery(
                "insert into seat_claim (showtime_id, seat_id, hold_id, held_until)"
                    + " select ?1, seat, "
                    + values
                    + " from unnest(cast(string_to_array(?2, ',') as bigint[])) seat order by seat"
                    + " on conflict (showtime_id, seat_id) do update set "
                    + update
                    + " where "
                    + takeOver
                    + " returning seat_id")
            .setParameter(1, showtimeId)
            .setParameter(2, joined(seatIds));
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 3, parameters[i]);
    }
    List<Number> claimed = query.getResultList();
    return claimed.stream().map(Number::longValue).toList();
  }

  private static String joined(List<Long> seatIds) {
    return seatIds.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** Refuses the whole change, naming the seats of {@code asked} that {@code got} lacks. */
  private static void requireAll(List<Long> asked, List<Long> got) {
    if (got.size() != asked.size()) {
      Set<Long> have = new HashSet<>(got);
      throw new SeatsUnavailableException(asked.stream().filter(id -> !have.contains(id)).toList());
    }
  }

  /** The showtime's layout, after checking that each of {@code seatIds} is one of its seats. */
  private SeatLayout layoutOf(Showtime showtime, List<Long> seatIds) {
    SeatLayout layout = layouts.of(showtime.getAuditorium().getId());
    if (!seatIds.stream().allMatch(id -> layout.seat(id).isPresent())) {
      throw new InvalidPurchaseException("A seat you chose is not a seat of this showtime.");
    }
    return layout;
  }
}
