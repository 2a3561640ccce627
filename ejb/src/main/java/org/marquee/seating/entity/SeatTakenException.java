package org.marquee.seating.entity;

import org.marquee.platform.BusinessException;

/** A seat was asked to change in a way its current state forbids, such as holding a sold seat. */
public class SeatTakenException extends BusinessException.Conflict {

  private static final long serialVersionUID = 1L;

  public SeatTakenException(String message) {
    super(message);
  }
}
