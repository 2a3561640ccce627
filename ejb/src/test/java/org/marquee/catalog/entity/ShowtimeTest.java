package org.marquee.catalog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShowtimeTest {

  private final Movie movie = new Movie("Film", "", 125, "PG", List.of(), LocalDate.of(2026, 1, 1));
  private final Auditorium auditorium =
      new Auditorium(new Theater("Odeon", "Berlin", "Street 1", ZoneId.of("Europe/Berlin")), "1");
  private final Instant start = Instant.parse("2026-12-01T19:30:00Z");

  @Test
  void endsWhenTheRuntimeHasPassed() {
    Showtime showtime = new Showtime(movie, auditorium, start, 1000, "EUR");
    assertEquals(Instant.parse("2026-12-01T21:35:00Z"), showtime.getEndsAt());
  }

  @Test
  void theAuditoriumIsBusyUntilItIsCleaned() {
    Showtime showtime = new Showtime(movie, auditorium, start, 1000, "EUR", Duration.ofMinutes(15));
    assertEquals(Instant.parse("2026-12-01T21:50:00Z"), showtime.getCleanUntil());
    assertEquals(
        showtime.getEndsAt(), new Showtime(movie, auditorium, start, 1000, "EUR").getCleanUntil());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Showtime(movie, auditorium, start, 1000, "EUR", Duration.ofMinutes(-1)));
  }

  @Test
  void startedAndEndedAreInclusiveOfTheirInstant() {
    Showtime showtime = new Showtime(movie, auditorium, start, 1000, "EUR");
    assertFalse(showtime.hasStartedAt(start.minusMillis(1)));
    assertTrue(showtime.hasStartedAt(start));
    assertFalse(showtime.hasEndedAt(showtime.getEndsAt().minusMillis(1)));
    assertTrue(showtime.hasEndedAt(showtime.getEndsAt()));
  }

  @Test
  void negativePricesAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new Showtime(movie, auditorium, start, -1, "EUR"));
  }
}
