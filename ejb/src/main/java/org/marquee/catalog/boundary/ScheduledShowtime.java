package org.marquee.catalog.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A showtime on an auditorium's schedule: when it starts, ends and the auditorium is clean again,
 * and how many of its seats are sold.
 */
public record ScheduledShowtime(
    long id,
    long auditoriumId,
    String auditorium,
    long movieId,
    String movieTitle,
    Instant startsAt,
    Instant endsAt,
    Instant cleanUntil,
    int priceCents,
    String currency,
    int seatsTotal,
    int seatsSold)
    implements Serializable {}
