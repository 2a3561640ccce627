package org.marquee.booking.boundary;

import org.marquee.platform.BusinessException;

/** No such order, or not the caller's to see. */
public class UnknownOrderException extends BusinessException.NotFound {
  private static final long serialVersionUID = 1L;

  public UnknownOrderException(Object id) {
    super("There is no order " + id + ".");
  }
}
