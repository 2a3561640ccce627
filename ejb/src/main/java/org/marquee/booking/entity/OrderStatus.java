package org.marquee.booking.entity;

/** An order exists only once paid; a refund ends it. */
public enum OrderStatus {
  CONFIRMED,
  REFUNDED
}
