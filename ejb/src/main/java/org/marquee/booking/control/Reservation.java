package org.marquee.booking.control;

import java.util.List;

/**
 * What the first step of a purchase set up: the seats held, what they cost, and the pending payment
 * (with the key the gateway is charged under) that the next steps settle.
 */
public record Reservation(
    long accountId,
    long holdId,
    long showtimeId,
    List<Long> seatIds,
    int totalCents,
    String currency,
    long paymentId,
    String paymentKey,
    String savedCardToken) {}
