package org.marquee.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.ShowtimeView;

class CatalogSnapshotTest {

  private final Instant t0 = Instant.parse("2026-12-01T18:00:00Z");

  private ShowtimeRow row(long id, long movie, String city, Instant start) {
    return new ShowtimeRow(
        id,
        movie,
        "M" + movie,
        1,
        "Odeon",
        city,
        "Europe/Berlin",
        "1",
        start,
        start.plusSeconds(6000),
        1000,
        "EUR",
        100);
  }

  private final CatalogSnapshot snapshot =
      new CatalogSnapshot(
          List.of(new MovieView(7, "M7", "", 100, "PG", List.of(), LocalDate.of(2026, 1, 1))),
          List.of(),
          List.of(
              row(1, 7, "Berlin", t0.plusSeconds(3600)),
              row(2, 7, "Lisbon", t0.plusSeconds(7200))));

  @Test
  void aMovieIsShowingUntilItsLastShowtimeStarts() {
    assertTrue(snapshot.hasShowtimeAfter(7, null, t0));
    assertTrue(snapshot.hasShowtimeAfter(7, null, t0.plusSeconds(7199)));
    assertFalse(snapshot.hasShowtimeAfter(7, null, t0.plusSeconds(7200)));
    assertFalse(snapshot.hasShowtimeAfter(8, null, t0));
  }

  @Test
  void perCityTheLastShowtimeThereCountsIgnoringCase() {
    assertTrue(snapshot.hasShowtimeAfter(7, "berlin", t0));
    assertFalse(snapshot.hasShowtimeAfter(7, " BERLIN ", t0.plusSeconds(3600)));
    assertTrue(snapshot.hasShowtimeAfter(7, "Lisbon", t0.plusSeconds(3600)));
    assertFalse(snapshot.hasShowtimeAfter(7, "Hamburg", t0));
  }

  @Test
  void aRowPrintsItsTimesInTheTheatersOffsetAndKnowsItsLocalDate() {
    ShowtimeRow late = row(3, 7, "Berlin", Instant.parse("2026-12-01T23:30:00Z"));
    ShowtimeView view = late.withAvailable(42);
    assertEquals("2026-12-02T00:30+01:00", view.startsAt().toString());
    assertEquals(LocalDate.of(2026, 12, 2), late.localDate());
    assertEquals(42, view.seatsAvailable());
    assertEquals(100, view.seatsTotal());
  }
}
