package org.marquee.catalog.boundary;

import java.time.LocalDate;

/**
 * A movie listing request; every filter is optional (null). {@code text} matches titles
 * case-insensitively, {@code genre} one of the movie's genres (case-insensitive); {@code city},
 * {@code theaterId} and {@code date} (the theater's local date) keep movies with a future showtime
 * that matches all three.
 */
public record MovieQuery(
    MovieFilter when,
    String text,
    String city,
    String genre,
    Long theaterId,
    LocalDate date,
    int limit,
    int offset) {

  /** The API's listing: by title and city only. */
  public MovieQuery(MovieFilter when, String text, String city, int limit, int offset) {
    this(when, text, city, null, null, null, limit, offset);
  }

  boolean filtersShowtimes() {
    return city != null || theaterId != null || date != null;
  }
}
