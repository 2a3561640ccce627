package org.marquee.seating.entity;

/** The state of one seat at one showtime. */
public enum SeatStatus {
  AVAILABLE,
  HELD,
  SOLD
}
