package org.marquee.catalog.boundary;

import org.marquee.platform.BusinessException;

/** The auditorium already has a showtime at that time. */
public class ShowtimeOverlapException extends BusinessException.Conflict {
  private static final long serialVersionUID = 1L;

  public ShowtimeOverlapException() {
    super("The auditorium already has a showtime at that time.");
  }
}
