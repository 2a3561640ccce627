package org.marquee.seating.boundary;

import org.marquee.platform.BusinessException;

/**
 * One account may keep only so many holds at a time, over all showtimes: buy or let go of one
 * before holding more.
 */
public class HoldLimitException extends BusinessException.Conflict {
  private static final long serialVersionUID = 1L;

  private final int limit;

  public HoldLimitException(int limit) {
    super(
        "One account may keep at most "
            + limit
            + " holds at a time: buy or let go of one before holding more seats.");
    this.limit = limit;
  }

  public int limit() {
    return limit;
  }
}
