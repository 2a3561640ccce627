package org.marquee.seating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.infinispan.Cache;
import org.marquee.catalog.control.PriceCalculator;
import org.marquee.catalog.entity.Showtime;
import org.marquee.platform.Instants;
import org.marquee.platform.SeatMapCache;
import org.marquee.platform.metrics.BusinessMetrics;
import org.marquee.seating.boundary.CounterSeatView;
import org.marquee.seating.boundary.SeatView;
import org.marquee.seating.entity.SeatClaim;
import org.marquee.seating.entity.SeatLayout;
import org.marquee.seating.entity.SeatStatus;

/**
 * Seat maps and seat counts of showtimes: the one place that draws them, for the public (the
 * catalog's pages and API), for the box office, and for a purchase's early refusal. A seat map is
 * the auditorium's layout ({@link SeatLayouts}, cached for good) with the showtime's claims laid
 * over it ({@link SeatClaim}'s rule). The public map is served from the short-lived "seat-maps"
 * cache: a hot showtime's map is read thousands of times while it sells, and a second of staleness
 * on a map is harmless because a booking always decides on the database row, never on this cache.
 * House seats kept for the box office read HELD there, as the public must see them. Anything that
 * changes seats fires {@link SeatsChanged}, which invalidates after the commit.
 */
@ApplicationScoped
public class SeatMapService {

  @PersistenceContext private EntityManager em;
  @Inject @SeatMapCache Cache<String, Object> cache;
  @Inject SeatLayouts layouts;
  @Inject Clock clock;
  @Inject BusinessMetrics metrics;

  /** The seat maps being read from the database right now, by showtime. */
  private final ConcurrentHashMap<Long, CompletableFuture<List<SeatView>>> loading =
      new ConcurrentHashMap<>();

  /**
   * The public seat map of the showtime, from the cache, else read once for all who ask at that
   * moment: while one thread reads a map from the database, the others asking for it wait for that
   * read instead of each running their own. On a hot show every sale drops the map, and a thousand
   * buyers would otherwise all read it again at once. Empty for an unknown showtime.
   */
  @SuppressWarnings("unchecked")
  public List<SeatView> seatMap(long showtimeId) {
    if (cache.get("map:" + showtimeId) instanceof List<?> cached) {
      metrics.cacheRead("seat-maps", true);
      return (List<SeatView>) cached;
    }
    metrics.cacheRead("seat-maps", false);
    CompletableFuture<List<SeatView>> mine = new CompletableFuture<>();
    CompletableFuture<List<SeatView>> running = loading.putIfAbsent(showtimeId, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }
    try {
      List<SeatView> seats = load(showtimeId);
      mine.complete(seats);
      return seats;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      loading.remove(showtimeId, mine);
    }
  }

  private List<SeatView> load(long showtimeId) {
    Instant now = clock.instant();
    Showtime showtime = em.find(Showtime.class, showtimeId);
    if (showtime == null) {
      return List.of(); // nothing cached: the id may yet be given to a new showtime
    }
    Instant houseRelease = HouseSeats.releaseOf(showtime.getStartsAt());
    Map<Long, SeatClaim> claims = claims(showtimeId);
    List<SeatView> seats =
        layoutOf(showtime).seats().stream()
            .map(
                place ->
                    view(
                        showtime,
                        place,
                        SeatClaim.publicStatusAt(
                            claims.get(place.seatId()), place.house(), now, houseRelease)))
            .toList();
    cache.putForExternalRead("map:" + showtimeId, seats);
    cache.putForExternalRead(
        countKey(showtimeId), (int) seats.stream().filter(SeatMapService::free).count());
    return seats;
  }

  /**
   * The seat map as the counter sees it, read from the database (never the public cache): house
   * seats kept for the box office read AVAILABLE here, flagged as house seats. Empty for an unknown
   * showtime.
   */
  public List<CounterSeatView> counterMap(long showtimeId) {
    Showtime showtime = em.find(Showtime.class, showtimeId);
    if (showtime == null) {
      return List.of();
    }
    Instant now = clock.instant();
    Map<Long, SeatClaim> claims = claims(showtimeId);
    return layoutOf(showtime).seats().stream()
        .map(
            place ->
                new CounterSeatView(
                    view(showtime, place, SeatClaim.statusAt(claims.get(place.seatId()), now)),
                    place.house()))
        .toList();
  }

  private SeatLayout layoutOf(Showtime showtime) {
    return layouts.of(showtime.getAuditorium().getId());
  }

  private static SeatView view(Showtime showtime, SeatLayout.Place place, SeatStatus status) {
    return new SeatView(
        place.seatId(),
        place.row(),
        place.number(),
        place.category(),
        status,
        PriceCalculator.priceOf(place.category(), showtime.getPriceCents()));
  }

  /** The claims of a showtime's taken seats, by seat: at most one row per seat of its house. */
  @SuppressWarnings("unchecked")
  private Map<Long, SeatClaim> claims(long showtimeId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select seat_id, hold_id, held_until from seat_claim where showtime_id = ?1")
            .setParameter(1, showtimeId)
            .getResultList();
    Map<Long, SeatClaim> claims = new HashMap<>();
    for (Object[] row : rows) {
      long seatId = ((Number) row[0]).longValue();
      Long holdId = row[1] == null ? null : ((Number) row[1]).longValue();
      claims.put(seatId, new SeatClaim(seatId, holdId, Instants.of(row[2])));
    }
    return claims;
  }

  /**
   * Of {@code seatIds}, those that the showtime's seat map shows taken (sold or held, or kept for
   * the box office): the map of {@link #seatMap}, from the cache or read once for all who ask at
   * that moment. A purchase asking for them would be refused by the database anyway: this answers
   * it sooner, and spares a rush the work of purchases that cannot succeed. The map is dropped
   * whenever a change of its seats commits, so a seat it shows taken may be free only when a hold
   * ran out within the map's few seconds of life; no seat is ever sold on the strength of it.
   */
  public List<Long> takenOnMap(long showtimeId, Set<Long> seatIds) {
    return seatMap(showtimeId).stream()
        .filter(seat -> seatIds.contains(seat.seatId()) && !free(seat))
        .map(SeatView::seatId)
        .toList();
  }

  /**
   * The number of seats that read available to the public, per showtime: the auditorium's seats,
   * less the seats taken now, less the free house seats while they are kept for the box office.
   */
  public Map<Long, Integer> availableCounts(Collection<Long> showtimeIds) {
    Map<Long, Integer> counts = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (Long id : showtimeIds) {
      if (cache.get(countKey(id)) instanceof Integer count) {
        counts.put(id, count);
      } else {
        missing.add(id);
      }
    }
    if (missing.isEmpty()) {
      return counts;
    }
    Instant now = clock.instant();
    Map<Long, long[]> taken = new HashMap<>();
    for (Object row : takenCounts(missing, now)) {
      Object[] columns = (Object[]) row;
      taken.put(
          ((Number) columns[0]).longValue(),
          new long[] {((Number) columns[1]).longValue(), ((Number) columns[2]).longValue()});
    }
    for (Long id : missing) {
      Showtime showtime = em.find(Showtime.class, id);
      int count = 0;
      if (showtime != null) {
        SeatLayout layout = layoutOf(showtime);
        long[] takenNow = taken.getOrDefault(id, new long[2]);
        boolean houseKept = now.isBefore(HouseSeats.releaseOf(showtime.getStartsAt()));
        long keptForBoxOffice = houseKept ? layout.houseSeats() - takenNow[1] : 0;
        count = (int) Math.max(0, layout.capacity() - takenNow[0] - keptForBoxOffice);
      }
      cache.putForExternalRead(countKey(id), count);
      counts.put(id, count);
    }
    return counts;
  }

  /** Per showtime: its seats taken at {@code now}, and how many of them are house seats. */
  @SuppressWarnings("unchecked")
  private List<Object> takenCounts(List<Long> showtimeIds, Instant now) {
    return em.createNativeQuery(
            "select c.showtime_id, count(*), count(*) filter (where s.house)"
                + " from seat_claim c join seat s on s.id = c.seat_id"
                + " where c.showtime_id = any (cast(string_to_array(?1, ',') as bigint[]))"
                + " and "
                + SeatClaim.LIVE_AT_SQL.replace("?", "?2")
                + " group by c.showtime_id")
        .setParameter(1, showtimeIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
        .setParameter(2, Timestamp.from(now))
        .getResultList();
  }

  /** Drops what is cached of a showtime's seats; call it once the change has committed. */
  public void invalidate(long showtimeId) {
    cache.remove("map:" + showtimeId);
    cache.remove(countKey(showtimeId));
  }

  /** A committed change of a showtime's seats (see {@link SeatsChanged}). */
  void onSeatsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeatsChanged change) {
    invalidate(change.showtimeId());
  }

  private static boolean free(SeatView seat) {
    return seat.status() == SeatStatus.AVAILABLE;
  }

  private static String countKey(long showtimeId) {
    return "available:" + showtimeId;
  }
}
