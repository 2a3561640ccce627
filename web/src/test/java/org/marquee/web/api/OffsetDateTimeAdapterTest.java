package org.marquee.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OffsetDateTimeAdapterTest {

  private final OffsetDateTimeAdapter adapter = new OffsetDateTimeAdapter();

  @Test
  void writesSecondsAndANumericOffsetEvenForUtc() {
    assertEquals(
        "2026-12-01T19:30:00+01:00",
        adapter.adaptToJson(OffsetDateTime.of(2026, 12, 1, 19, 30, 0, 0, ZoneOffset.ofHours(1))));
    assertEquals(
        "2026-12-01T20:00:00+00:00",
        adapter.adaptToJson(OffsetDateTime.of(2026, 12, 1, 20, 0, 0, 0, ZoneOffset.UTC)));
    assertEquals(
        "2026-12-01T20:00:05+05:45",
        adapter.adaptToJson(
            OffsetDateTime.of(2026, 12, 1, 20, 0, 5, 999, ZoneOffset.ofHoursMinutes(5, 45))));
  }

  @Test
  void readsIsoDateTimesWithAnyOffset() {
    assertEquals(
        OffsetDateTime.of(2026, 12, 1, 19, 30, 0, 0, ZoneOffset.UTC),
        adapter.adaptFromJson("2026-12-01T19:30Z"));
    assertEquals(
        OffsetDateTime.of(2026, 12, 1, 19, 30, 0, 0, ZoneOffset.ofHours(-5)),
        adapter.adaptFromJson("2026-12-01T19:30:00-05:00"));
  }
}
