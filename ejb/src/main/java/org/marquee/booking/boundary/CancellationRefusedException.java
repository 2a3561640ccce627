package org.marquee.booking.boundary;

import org.marquee.platform.BusinessException;

/** An order that can no longer be cancelled: its showtime has started, or a ticket was used. */
public class CancellationRefusedException extends BusinessException.Conflict {
  private static final long serialVersionUID = 1L;

  public CancellationRefusedException(String message) {
    super(message);
  }
}
