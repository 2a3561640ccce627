package org.marquee.catalog.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A showtime as the catalog shows it: times in the theater's own offset, live seat counts. */
public record ShowtimeView(
    long id,
    long movieId,
    String movieTitle,
    long theaterId,
    String theaterName,
    String city,
    String auditorium,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    int priceCents,
    String currency,
    int seatsTotal,
    int seatsAvailable)
    implements Serializable {}
