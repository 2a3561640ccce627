package org.marquee.web.api;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes instants as the contract shows them, {@code 2026-12-01T19:30:00+01:00}: always seconds,
 * always a numeric offset ({@code +00:00}, never {@code Z}), so every client can parse them alike.
 * Reads any ISO-8601 date-time with an offset.
 */
public class OffsetDateTimeAdapter implements JsonbAdapter<OffsetDateTime, String> {

  static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  @Override
  public String adaptToJson(OffsetDateTime value) {
    return FORMAT.format(value);
  }

  @Override
  public OffsetDateTime adaptFromJson(String value) {
    return OffsetDateTime.parse(value);
  }
}
