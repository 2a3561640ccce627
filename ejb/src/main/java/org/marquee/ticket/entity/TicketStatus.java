package org.marquee.ticket.entity;

/**
 * The stored state of a ticket. {@code EXPIRED} is never stored: a valid ticket whose showtime has
 * ended reads expired (see {@link Ticket#statusAt}).
 */
public enum TicketStatus {
  VALID,
  USED,
  EXPIRED,
  CANCELLED
}
