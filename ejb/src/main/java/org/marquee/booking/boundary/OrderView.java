package org.marquee.booking.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.marquee.booking.entity.Channel;
import org.marquee.booking.entity.OrderStatus;
import org.marquee.ticket.boundary.TicketView;

/** An order with its tickets; times in the theater's offset. */
public record OrderView(
    long id,
    OrderStatus status,
    Channel channel,
    long showtimeId,
    int totalCents,
    String currency,
    OffsetDateTime createdAt,
    List<TicketView> tickets)
    implements Serializable {}
