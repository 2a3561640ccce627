package org.marquee.ticket.entity;

import java.time.Instant;
import org.marquee.platform.BusinessException;

/** The ticket was checked in before: it admits one person, once. */
public class TicketAlreadyUsedException extends BusinessException.Conflict {
  private static final long serialVersionUID = 1L;

  public TicketAlreadyUsedException(Instant usedAt) {
    super(
        usedAt == null
            ? "This ticket was already used."
            : "This ticket was already used, at " + usedAt + ".");
  }
}
