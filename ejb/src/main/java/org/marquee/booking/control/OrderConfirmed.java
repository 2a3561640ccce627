package org.marquee.booking.control;

import org.marquee.booking.boundary.OrderView;

/**
 * An order was confirmed in the current transaction; observed once it has committed. It carries
 * what its confirmation mail needs, so that sending it reads nothing again: the order as its buyer
 * sees it, and the buyer's email and language (both null for a walk-in at the box office).
 */
public record OrderConfirmed(OrderView order, String buyerEmail, String buyerLanguage) {}
