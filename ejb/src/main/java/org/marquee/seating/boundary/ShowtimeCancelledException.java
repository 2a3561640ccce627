package org.marquee.seating.boundary;

import org.marquee.platform.BusinessException;

/**
 * The showtime was taken off the programme: nothing of it is held or sold any more, and whatever
 * this purchase was charged is given back at once.
 */
public class ShowtimeCancelledException extends BusinessException.Conflict {
  private static final long serialVersionUID = 1L;

  public ShowtimeCancelledException() {
    super(
        "This showtime has been cancelled, so no seats were sold. If your card was charged, the"
            + " amount is refunded at once.");
  }
}
