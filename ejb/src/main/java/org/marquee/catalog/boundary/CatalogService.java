package org.marquee.catalog.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marquee.catalog.control.CatalogSnapshot;
import org.marquee.catalog.control.CatalogSnapshots;
import org.marquee.catalog.control.ShowtimeRow;
import org.marquee.seating.boundary.SeatView;
import org.marquee.seating.control.SeatMapService;

/**
 * The public catalog (the Read API): movies, theaters, showtimes and seat maps. Listings are
 * filtered from the cached {@link CatalogSnapshot}; live seat counts and seat maps come from the
 * short-lived seat cache. Nothing here decides a sale.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogService {

  @Inject CatalogSnapshots snapshots;
  @Inject org.marquee.catalog.control.CatalogReader reader;
  @Inject SeatMapService seatMaps;
  @Inject Clock clock;

  public List<MovieView> movies(MovieQuery query) {
    CatalogSnapshot snapshot = snapshots.current();
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    String text = query.text() == null ? null : query.text().toLowerCase(Locale.ROOT);
    Set<Long> showing = query.filtersShowtimes() ? moviesShowing(snapshot, query, now) : null;
    Stream<MovieView> movies =
        snapshot.movies().stream()
            .filter(m -> text == null || m.title().toLowerCase(Locale.ROOT).contains(text))
            .filter(
                m ->
                    query.genre() == null
                        || m.genres().stream().anyMatch(g -> g.equalsIgnoreCase(query.genre())))
            .filter(
                m -> {
                  boolean released = !m.releaseDate().isAfter(today);
                  boolean hasShowtime = snapshot.hasShowtimeAfter(m.id(), null, now);
                  return switch (query.when()) {
                    case NOW -> released && hasShowtime;
                    case UPCOMING -> !released;
                    case ALL -> (released && hasShowtime) || !released;
                  };
                })
            .filter(m -> showing == null || showing.contains(m.id()));
    return page(movies, query.limit(), query.offset());
  }

  /** The movies with a future showtime in the query's city, theater and date. */
  private static Set<Long> moviesShowing(CatalogSnapshot snapshot, MovieQuery query, Instant now) {
    if (query.city() != null && query.theaterId() == null && query.date() == null) {
      return snapshot.movies().stream()
          .map(MovieView::id)
          .filter(id -> snapshot.hasShowtimeAfter(id, query.city(), now))
          .collect(Collectors.toSet());
    }
    return snapshot.showtimes().stream()
        .filter(s -> s.startsAt().isAfter(now))
        .filter(s -> query.theaterId() == null || s.theaterId() == query.theaterId())
        .filter(s -> query.city() == null || s.city().equalsIgnoreCase(query.city().trim()))
        .filter(s -> query.date() == null || s.localDate().equals(query.date()))
        .map(ShowtimeRow::movieId)
        .collect(Collectors.toSet());
  }

  /** Every genre of the movies in the catalog, sorted, once each (case as first written). */
  public List<String> genres() {
    Map<String, String> byKey = new TreeMap<>();
    snapshots
        .current()
        .movies()
        .forEach(m -> m.genres().forEach(g -> byKey.putIfAbsent(g.toLowerCase(Locale.ROOT), g)));
    return List.copyOf(byKey.values());
  }

  public MovieView movie(long id) {
    return snapshots.current().movie(id).orElseThrow(() -> new UnknownMovieException(id));
  }

  /** The theater of that id; {@code asTyped} names it in the refusal when there is none. */
  public TheaterView theater(Long id, String asTyped) {
    return snapshots.current().theaters().stream()
        .filter(t -> id != null && t.id() == id)
        .findFirst()
        .orElseThrow(() -> new UnknownTheaterException(asTyped));
  }

  public List<TheaterView> theaters(String city, int limit, int offset) {
    return page(
        snapshots.current().theaters().stream()
            .filter(t -> city == null || t.city().equalsIgnoreCase(city.trim())),
        limit,
        offset);
  }

  public List<ShowtimeView> showtimes(ShowtimeQuery query) {
    Instant now = clock.instant();
    List<ShowtimeRow> rows =
        page(
            snapshots.current().showtimes().stream()
                .filter(s -> s.startsAt().isAfter(now))
                .filter(s -> query.movieId() == null || s.movieId() == query.movieId())
                .filter(s -> query.theaterId() == null || s.theaterId() == query.theaterId())
                .filter(s -> query.city() == null || s.city().equalsIgnoreCase(query.city().trim()))
                .filter(s -> query.date() == null || s.localDate().equals(query.date())),
            query.limit(),
            query.offset());
    Map<Long, Integer> available =
        seatMaps.availableCounts(rows.stream().map(ShowtimeRow::id).toList());
    return rows.stream().map(r -> r.withAvailable(available.getOrDefault(r.id(), 0))).toList();
  }

  /** A scheduled showtime, whether or not it has started. */
  public ShowtimeView showtime(long id) {
    ShowtimeRow row =
        snapshots
            .current()
            .showtime(id)
            .or(() -> reader.showtime(id))
            .orElseThrow(() -> new UnknownShowtimeException(id));
    return row.withAvailable(seatMaps.availableCounts(List.of(id)).getOrDefault(id, 0));
  }

  /** Every seat of the showtime, by row, then number, with its live status. */
  public List<SeatView> seatMap(long showtimeId) {
    // a showtime of the cached catalog is scheduled; one that has started is looked up
    if (snapshots.current().showtime(showtimeId).isEmpty() && !reader.isScheduled(showtimeId)) {
      throw new UnknownShowtimeException(showtimeId);
    }
    return seatMaps.seatMap(showtimeId);
  }

  private static <T> List<T> page(Stream<T> items, int limit, int offset) {
    return items.skip(offset).limit(limit).toList();
  }
}
