package org.marquee.catalog.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.TheaterView;

/**
 * The whole public catalog at one moment: every movie and theater, and every scheduled showtime
 * that had not started when it was taken. Listings filter it in memory, so "future only" stays
 * exact as time passes; it is rebuilt when the programme changes or after a few minutes.
 */
public final class CatalogSnapshot implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<MovieView> movies;
  private final List<TheaterView> theaters;
  private final List<ShowtimeRow> showtimes;
  private final Map<Long, Map<String, Instant>> lastStartByMovieAndCity = new HashMap<>();
  private final Map<Long, Instant> lastStartByMovie = new HashMap<>();
  private final Map<Long, ShowtimeRow> showtimesById = new HashMap<>();

  public CatalogSnapshot(
      List<MovieView> movies, List<TheaterView> theaters, List<ShowtimeRow> showtimes) {
    this.movies = List.copyOf(movies);
    this.theaters = List.copyOf(theaters);
    this.showtimes = List.copyOf(showtimes);
    for (ShowtimeRow row : showtimes) {
      showtimesById.put(row.id(), row);
      lastStartByMovie.merge(row.movieId(), row.startsAt(), CatalogSnapshot::later);
      lastStartByMovieAndCity
          .computeIfAbsent(row.movieId(), id -> new HashMap<>())
          .merge(cityKey(row.city()), row.startsAt(), CatalogSnapshot::later);
    }
  }

  static String cityKey(String city) {
    return city.trim().toLowerCase(Locale.ROOT);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** Whether the movie has a showtime starting after {@code now}, in {@code city} if given. */
  public boolean hasShowtimeAfter(long movieId, String city, Instant now) {
    Instant last =
        city == null
            ? lastStartByMovie.get(movieId)
            : lastStartByMovieAndCity.getOrDefault(movieId, Map.of()).get(cityKey(city));
    return last != null && last.isAfter(now);
  }

  public List<MovieView> movies() {
    return movies;
  }

  public Optional<MovieView> movie(long id) {
    return movies.stream().filter(m -> m.id() == id).findFirst();
  }

  public List<TheaterView> theaters() {
    return theaters;
  }

  /** The scheduled showtime {@code id}, if it had not started when this snapshot was taken. */
  public Optional<ShowtimeRow> showtime(long id) {
    return Optional.ofNullable(showtimesById.get(id));
  }

  /** Scheduled showtimes ordered by start, then id. */
  public List<ShowtimeRow> showtimes() {
    return showtimes;
  }
}
