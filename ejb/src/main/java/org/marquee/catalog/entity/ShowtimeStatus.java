package org.marquee.catalog.entity;

/**
 * A scheduled showtime sells; a cancelled one is kept for its orders and tickets but never shown.
 */
public enum ShowtimeStatus {
  SCHEDULED,
  CANCELLED
}
