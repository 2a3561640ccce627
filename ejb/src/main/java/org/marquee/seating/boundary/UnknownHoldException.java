package org.marquee.seating.boundary;

import org.marquee.platform.BusinessException;

/** No such hold, or not the caller's. */
public class UnknownHoldException extends BusinessException.NotFound {
  private static final long serialVersionUID = 1L;

  public UnknownHoldException(Object id) {
    super("There is no hold " + id + ".");
  }
}
