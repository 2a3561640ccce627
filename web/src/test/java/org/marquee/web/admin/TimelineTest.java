package org.marquee.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.catalog.boundary.ScheduledShowtime;

class TimelineTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 18);

  private static ScheduledShowtime showtime(String start, String end, String clean) {
    return new ScheduledShowtime(
        1, 1, "Saal 1", 1, "Dune", at(start), at(end), at(clean), 1200, "EUR", 100, 0);
  }

  private static Instant at(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  @Test
  void anOrdinaryDayRunsFromNineToOneOClock() {
    Timeline timeline =
        Timeline.of(
            DAY,
            BERLIN,
            List.of(showtime("2026-12-18T20:00", "2026-12-18T22:00", "2026-12-18T22:15")));
    assertEquals(at("2026-12-18T09:00"), timeline.from());
    assertEquals(at("2026-12-19T01:00"), timeline.to());
    assertEquals(17, timeline.hours().size());
    assertEquals("09", timeline.hours().get(0).label());
    assertEquals("68.750%", timeline.at(at("2026-12-18T20:00")));
    assertEquals("12.500%", timeline.width(at("2026-12-18T20:00"), at("2026-12-18T22:00")));
  }

  @Test
  void aShowtimeOutsideTheUsualHoursWidensTheDay() {
    Timeline timeline =
        Timeline.of(
            DAY,
            BERLIN,
            List.of(
                showtime("2026-12-18T07:30", "2026-12-18T09:30", "2026-12-18T09:45"),
                showtime("2026-12-18T23:30", "2026-12-19T02:00", "2026-12-19T02:15")));
    assertEquals(at("2026-12-18T07:00"), timeline.from());
    assertEquals(at("2026-12-19T02:15"), timeline.to());
    assertEquals("0.000%", timeline.at(timeline.from()));
    assertEquals("100.000%", timeline.at(timeline.to()));
  }
}
