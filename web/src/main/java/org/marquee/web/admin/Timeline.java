package org.marquee.web.admin;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marquee.catalog.boundary.ScheduledShowtime;

/**
 * The hours a day's schedule is drawn over, 09:00 to 01:00 of the next day unless a showtime
 * reaches out of it, and where a showtime and its cleaning sit on it, as CSS percentages.
 */
public record Timeline(Instant from, Instant to, List<Hour> hours) implements Serializable {

  /** A labelled hour mark at {@code left} percent. */
  public record Hour(String label, String left) implements Serializable {}

  private static final LocalTime OPENS = LocalTime.of(9, 0);
  private static final Duration OPEN_FOR = Duration.ofHours(16);

  public static Timeline of(LocalDate day, ZoneId zone, List<ScheduledShowtime> showtimes) {
    Instant from = day.atTime(OPENS).atZone(zone).toInstant();
    Instant to = from.plus(OPEN_FOR);
    for (ScheduledShowtime s : showtimes) {
      from = s.startsAt().isBefore(from) ? s.startsAt() : from;
      to = s.cleanUntil().isAfter(to) ? s.cleanUntil() : to;
    }
    from = from.atZone(zone).withMinute(0).withSecond(0).withNano(0).toInstant();
    List<Hour> hours = new ArrayList<>();
    Timeline bare = new Timeline(from, to, List.of());
    for (Instant h = from; !h.isAfter(to); h = h.plus(Duration.ofHours(1))) {
      hours.add(new Hour(String.format(Locale.ROOT, "%02d", h.atZone(zone).getHour()), bare.at(h)));
    }
    return new Timeline(from, to, List.copyOf(hours));
  }

  /** Where an instant sits, in percent of the width: "12.5%". */
  public String at(Instant instant) {
    return percent(Duration.between(from, instant));
  }

  /** How wide the span between two instants is, in percent of the width. */
  public String width(Instant start, Instant end) {
    return percent(Duration.between(start, end));
  }

  private String percent(Duration part) {
    double whole = Duration.between(from, to).toSeconds();
    return String.format(Locale.ROOT, "%.3f%%", 100.0 * part.toSeconds() / whole);
  }
}
