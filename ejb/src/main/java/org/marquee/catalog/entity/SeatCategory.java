package org.marquee.catalog.entity;

/** What kind of seat a physical seat is; the category decides its price at a showtime. */
public enum SeatCategory {
  STANDARD,
  PREMIUM,
  WHEELCHAIR
}
