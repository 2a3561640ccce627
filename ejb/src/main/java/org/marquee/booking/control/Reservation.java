package org.marquee.booking.control;

import java.util.List;
import org.marquee.booking.entity.Channel;

/**
 * What the first step of a purchase set up: the seats held (for the buyer on the web, for the clerk
 * at the box office), what they cost, and the pending payment (with the key the gateway is charged
 * under) that the next steps settle.
 */
public record Reservation(
    Channel channel,
    long accountId,
    long holdId,
    long showtimeId,
    List<Long> seatIds,
    int totalCents,
    String currency,
    long paymentId,
    String paymentKey,
    String savedCardToken) {}
