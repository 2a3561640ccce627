package org.marquee.seating.boundary;

import java.util.List;
import org.marquee.platform.BusinessException;

/** Some of the seats asked for are held or sold already; nothing was held, sold or charged. */
public class SeatsUnavailableException extends BusinessException.Conflict {
  private static final long serialVersionUID = 1L;

  private final List<Long> seatIds;

  public SeatsUnavailableException(List<Long> seatIds) {
    super(
        seatIds.size() == 1
            ? "A seat you chose is no longer available."
            : "Some of the seats you chose are no longer available.");
    this.seatIds = List.copyOf(seatIds);
  }

  /** The seats that were taken, by seat id. */
  public List<Long> seatIds() {
    return seatIds;
  }
}
