package org.marquee.seating.boundary;

import org.marquee.platform.BusinessException;

/**
 * One account may hold or own only so many seats of one showtime at a time (its active holds and
 * its valid tickets together): an opening night is not cornered by one buyer.
 */
public class SeatLimitException extends BusinessException.Conflict {
  private static final long serialVersionUID = 1L;

  private final int limit;

  public SeatLimitException(int limit) {
    super(
        "One account may hold or own at most "
            + limit
            + " seats of a showtime at a time, counting its holds and its valid tickets.");
    this.limit = limit;
  }

  public int limit() {
    return limit;
  }
}
