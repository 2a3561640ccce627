package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.catalog.boundary.DuplicateAuditoriumException;
import org.marquee.catalog.boundary.InvalidProgrammeException;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.ProgrammeService;
import org.marquee.catalog.boundary.ShowtimeOverlapException;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.catalog.boundary.UnknownMovieException;

/**
 * The programme service's refusals, which the demo data and the tests rely on and the
 * administration API will expose: overlaps, starts in the past, duplicates, unknown ids — also when
 * several administrators schedule at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject ProgrammeService programme;
  @Inject AsAdmin admin;
  @Resource ManagedExecutorService executor;

  @Test
  void overlappingShowtimesInOneAuditoriumAreRefused() {
    TheaterView theater = fixture.theater("Overlap", "Europe/Berlin");
    long screen = fixture.auditorium(theater, "Screen 1");
    long other = fixture.auditorium(theater, "Screen 2");
    MovieView movie = fixture.releasedMovie("Long Film"); // 100 minutes
    Instant start = fixture.inHours(10);
    fixture.showtime(movie, screen, start, 1000);

    assertThrows(
        ShowtimeOverlapException.class,
        () -> fixture.showtime(movie, screen, start.plus(Duration.ofMinutes(99)), 1000));
    assertThrows(
        ShowtimeOverlapException.class,
        () -> fixture.showtime(movie, screen, start.minus(Duration.ofMinutes(99)), 1000));
    assertThrows(
        ShowtimeOverlapException.class,
        () -> fixture.showtime(movie, screen, start.plus(Duration.ofMinutes(100)), 1000),
        "the auditorium is cleaned for 15 minutes after the end");
    fixture.showtime(movie, screen, start.plus(Duration.ofMinutes(115)), 1000);
    fixture.showtime(movie, other, start, 1000);
  }

  @Test
  void ofConcurrentSchedulingsOfOneSlotExactlyOneWins() throws Exception {
    TheaterView theater = fixture.theater("Rush", "Europe/Berlin");
    long screen = fixture.auditorium(theater, "Screen 1");
    MovieView movie = fixture.releasedMovie("Rush Hour");
    Instant start = fixture.inHours(12);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Long>> attempts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      attempts.add(
          executor.submit(
              () -> {
                go.await(30, TimeUnit.SECONDS);
                return fixture.showtime(movie, screen, start, 1000);
              }));
    }
    go.countDown();
    int won = 0;
    for (Future<Long> attempt : attempts) {
      try {
        attempt.get(60, TimeUnit.SECONDS);
        won++;
      } catch (ExecutionException e) {
        assertEquals(
            ShowtimeOverlapException.class, e.getCause().getClass(), "never a raw database error");
      }
    }
    assertEquals(1, won);
  }

  @Test
  void startsInThePastAndBadValuesAreRefused() {
    TheaterView theater = fixture.theater("Past", "Europe/Berlin");
    long screen = fixture.auditorium(theater, "Screen 1");
    MovieView movie = fixture.releasedMovie("Yesterday");
    assertThrows(
        InvalidProgrammeException.class,
        () -> fixture.showtime(movie, screen, Instant.now().minusSeconds(60), 1000));
    assertThrows(
        InvalidProgrammeException.class,
        () ->
            admin.call(
                () ->
                    programme.scheduleShowtime(movie.id(), screen, fixture.inHours(3), -1, "EUR")));
    assertThrows(
        InvalidProgrammeException.class,
        () ->
            admin.call(
                () ->
                    programme.scheduleShowtime(
                        movie.id(), screen, fixture.inHours(3), 900, "XYZ")));
    assertThrows(
        UnknownMovieException.class,
        () ->
            admin.call(
                () ->
                    programme.scheduleShowtime(
                        999_999_999L, screen, fixture.inHours(3), 900, "EUR")));
    assertThrows(
        InvalidProgrammeException.class,
        () ->
            admin.call(() -> programme.createTheater("Nowhere", "City", "Street", "Mars/Olympus")));
  }

  @Test
  void onlyAdministratorsChangeTheProgramme() {
    assertThrows(
        EJBAccessException.class,
        () -> programme.createTheater("Anonymous", "City", "Street", "Europe/Berlin"));
  }

  @Test
  void auditoriumNamesAreUniquePerTheater() {
    TheaterView theater = fixture.theater("Names", "Europe/Berlin");
    fixture.auditorium(theater, "Screen 1");
    assertThrows(DuplicateAuditoriumException.class, () -> fixture.auditorium(theater, "Screen 1"));
    fixture.auditorium(fixture.theater("Other", "Europe/Berlin"), "Screen 1");
  }
}
