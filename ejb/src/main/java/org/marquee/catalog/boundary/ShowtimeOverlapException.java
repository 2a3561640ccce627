package org.marquee.catalog.boundary;

import org.marquee.platform.BusinessException;

/** The auditorium already has a showtime at that time. */
public class ShowtimeOverlapException extends BusinessException.Conflict {
  private static final long serialVersionUID = 1L;

  public ShowtimeOverlapException() {
    super("The auditorium already has a showtime at that time.");
  }

  /** Names the showtime it clashes with, such as "Dune, 20:00 to 22:46 and cleaning to 23:01". */
  public ShowtimeOverlapException(String clashingShowtime) {
    super(
        "The auditorium already has a showtime at that time ("
            + clashingShowtime
            + "), counting the cleaning after each.");
  }
}
