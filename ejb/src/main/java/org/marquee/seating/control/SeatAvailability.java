package org.marquee.seating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.infinispan.Cache;
import org.marquee.catalog.entity.Showtime;
import org.marquee.platform.SeatMapCache;
import org.marquee.platform.metrics.BusinessMetrics;
import org.marquee.seating.boundary.SeatView;
import org.marquee.seating.entity.SeatStatus;
import org.marquee.seating.entity.ShowSeat;

/**
 * Seat maps and seat counts of showtimes as customers see them, served from the short-lived
 * "seat-maps" cache: a hot showtime's map is read thousands of times while it sells, and a second
 * of staleness on a map is harmless because a booking always decides on the database row, never on
 * this cache. House seats kept for the box office read HELD here, as the public must see them.
 * Anything that changes seats fires {@link SeatsChanged}, which invalidates after the commit.
 */
@ApplicationScoped
public class SeatAvailability {

  @PersistenceContext private EntityManager em;
  @Inject @SeatMapCache Cache<String, Object> cache;
  @Inject Clock clock;
  @Inject BusinessMetrics metrics;

  /** The seat maps being read from the database right now, by showtime. */
  private final ConcurrentHashMap<Long, CompletableFuture<List<SeatView>>> loading =
      new ConcurrentHashMap<>();

  /**
   * The seat map of the showtime, from the cache, else read once for all who ask at that moment:
   * while one thread reads a map from the database, the others asking for it wait for that read
   * instead of each running their own. On a hot show every sale drops the map, and a thousand
   * buyers would otherwise all read it again at once.
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
    String key = "map:" + showtimeId;
    Instant now = clock.instant();
    Showtime showtime = em.find(Showtime.class, showtimeId);
    if (showtime == null) {
      return List.of(); // nothing cached: the id may yet be given to a new showtime
    }
    Instant houseRelease = HouseSeats.releaseOf(showtime.getStartsAt());
    List<SeatView> seats =
        em.createNamedQuery(ShowSeat.MAP_OF_SHOWTIME, ShowSeat.MapRow.class)
            .setParameter("showtimeId", showtimeId)
            .getResultStream()
            .map(
                s ->
                    new SeatView(
                        s.seatId(),
                        s.row(),
                        s.number(),
                        s.category(),
                        s.publicStatusAt(now, houseRelease),
                        s.priceCents()))
            .toList();
    cache.putForExternalRead(key, seats);
    cache.putForExternalRead(
        countKey(showtimeId), (int) seats.stream().filter(SeatAvailability::free).count());
    return seats;
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

  /** The number of seats that read available, per showtime. */
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
    if (!missing.isEmpty()) {
      Map<Long, Integer> loaded = new HashMap<>();
      missing.forEach(id -> loaded.put(id, 0));
      for (Object[] row :
          em.createQuery(
                  "select ss.showtime.id, count(ss) from ShowSeat ss"
                      + " where ss.showtime.id in :ids and (ss.status = :available"
                      + " or (ss.status = :held and ss.holdExpiresAt <= :now))"
                      + " and (ss.house = false or ss.showtime.startsAt <= :houseHorizon)"
                      + " group by ss.showtime.id",
                  Object[].class)
              .setParameter("ids", missing)
              .setParameter("available", SeatStatus.AVAILABLE)
              .setParameter("held", SeatStatus.HELD)
              .setParameter("now", clock.instant())
              .setParameter("houseHorizon", clock.instant().plus(HouseSeats.releaseBefore()))
              .getResultList()) {
        loaded.put((Long) row[0], ((Long) row[1]).intValue());
      }
      loaded.forEach((id, count) -> cache.putForExternalRead(countKey(id), count));
      counts.putAll(loaded);
    }
    return counts;
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
