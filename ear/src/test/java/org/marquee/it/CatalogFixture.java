package org.marquee.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.ProgrammeService;
import org.marquee.catalog.boundary.RowSpec;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.catalog.entity.SeatCategory;

/**
 * Seeds a small programme of its own through the administrators' service, as an administrator
 * ({@link AsAdmin}), in a city no other test uses, so tests never depend on each other's data.
 */
@Dependent
public class CatalogFixture {

  @Inject ProgrammeService programme;
  @Inject AsAdmin admin;
  @Inject Clock clock;

  public final String tag = UUID.randomUUID().toString().substring(0, 8);

  public String city() {
    return "Testville " + tag;
  }

  public MovieView movie(String title, LocalDate releaseDate) {
    return admin.call(
        () ->
            programme.createMovie(
                title + " " + tag,
                "A film for tests.",
                100,
                "PG",
                List.of("Drama", "Test"),
                releaseDate));
  }

  /** A released movie with its own synopsis, rating and genres. */
  public MovieView releasedMovie(
      String title, String synopsis, String rating, List<String> genres) {
    return admin.call(
        () ->
            programme.createMovie(
                title + " " + tag,
                synopsis,
                112,
                rating,
                genres,
                LocalDate.now(clock).minusDays(3)));
  }

  public TheaterView theater(String name, String city, String zone) {
    return admin.call(() -> programme.createTheater(name + " " + tag, city, "1 Test Street", zone));
  }

  public MovieView releasedMovie(String title) {
    return movie(title, LocalDate.now(clock).minusDays(3));
  }

  public TheaterView theater(String name, String zone) {
    return admin.call(
        () -> programme.createTheater(name + " " + tag, city(), "1 Test Street", zone));
  }

  /** An auditorium of rows A (2 wheelchair), B (3 standard) and C (3 premium). */
  public long auditorium(TheaterView theater, String name) {
    return addAuditorium(
        theater.id(),
        name,
        List.of(
            new RowSpec("A", 2, SeatCategory.WHEELCHAIR),
            new RowSpec("B", 3, SeatCategory.STANDARD),
            new RowSpec("C", 3, SeatCategory.PREMIUM)));
  }

  public long showtime(MovieView movie, long auditorium, Instant startsAt, int priceCents) {
    return admin.call(
        () -> programme.scheduleShowtime(movie.id(), auditorium, startsAt, priceCents, "EUR"));
  }

  public long addAuditorium(long theaterId, String name, List<RowSpec> rows) {
    return admin.call(() -> programme.addAuditorium(theaterId, name, rows));
  }

  /**
   * A showtime of its own for a test, tomorrow: a new theater and movie named after {@code label},
   * with the 8 seats of {@link #auditorium} (A1-2 wheelchair, B1-3 standard, C1-3 premium).
   */
  public long freshShowtime(String label, int priceCents) {
    TheaterView theater = theater(label + " " + tag, "Europe/Berlin");
    long screen = auditorium(theater, "Screen 1");
    return showtime(releasedMovie(label + " Film"), screen, inHours(30), priceCents);
  }

  /**
   * A showtime of its own for a test, tomorrow, in a room of {@code rows} rows of ten standard
   * seats.
   */
  public long largeShowtime(String label, int rows, int priceCents) {
    TheaterView theater = theater(label + " " + tag, "Europe/Berlin");
    List<RowSpec> layout =
        java.util.stream.IntStream.range(0, rows)
            .mapToObj(i -> new RowSpec(String.valueOf((char) ('A' + i)), 10, SeatCategory.STANDARD))
            .toList();
    long screen = addAuditorium(theater.id(), "Screen 1", layout);
    return showtime(releasedMovie(label + " Film"), screen, inHours(30), priceCents);
  }

  /**
   * {@code days} after today in {@code zone}, at {@code time} there: a showtime whose local day
   * does not depend on the hour the test runs at.
   */
  public Instant onDay(int days, LocalTime time, ZoneId zone) {
    return LocalDate.now(clock.withZone(zone)).plusDays(days).atTime(time).atZone(zone).toInstant();
  }

  /** A whole hour, {@code hours} from now. */
  public Instant inHours(int hours) {
    return clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(hours + 1));
  }
}
