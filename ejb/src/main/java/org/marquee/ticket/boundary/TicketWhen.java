package org.marquee.ticket.boundary;

/** Which of a customer's tickets: for showtimes not yet ended, or ended ones. */
public enum TicketWhen {
  UPCOMING,
  PAST
}
