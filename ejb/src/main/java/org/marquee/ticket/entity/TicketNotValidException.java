package org.marquee.ticket.entity;

import org.marquee.platform.BusinessException;

/** The ticket can never admit anyone again: its showtime has ended, or it was cancelled. */
public class TicketNotValidException extends BusinessException.Gone {
  private static final long serialVersionUID = 1L;

  public TicketNotValidException(String message) {
    super(message);
  }
}
