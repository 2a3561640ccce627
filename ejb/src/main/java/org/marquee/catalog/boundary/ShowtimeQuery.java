package org.marquee.catalog.boundary;

import java.time.LocalDate;

/**
 * A showtime listing request; every filter is optional (null). {@code date} is the theater's local
 * date.
 */
public record ShowtimeQuery(
    Long movieId, Long theaterId, String city, LocalDate date, int limit, int offset) {}
