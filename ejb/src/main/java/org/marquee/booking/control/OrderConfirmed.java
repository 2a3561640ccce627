package org.marquee.booking.control;

/** An order was confirmed in the current transaction; observed once it has committed. */
public record OrderConfirmed(long orderId) {}
