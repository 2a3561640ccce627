package org.marquee.ticket.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.marquee.ticket.entity.TicketStatus;

/**
 * A ticket as its owner sees it: the seat, the show, and the code the door scans; {@code rating}
 * (the movie's age rating, an extension of the API's Ticket) lets the door ask for ID; {@code
 * movieId} (also an extension) lets a page show the movie's poster.
 */
public record TicketView(
    long id,
    String code,
    long orderId,
    long showtimeId,
    long movieId,
    String movieTitle,
    String theaterName,
    String auditorium,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    long seatId,
    String row,
    int number,
    TicketStatus status,
    String rating)
    implements Serializable {}
