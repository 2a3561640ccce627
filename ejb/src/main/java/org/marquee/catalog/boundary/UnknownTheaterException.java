package org.marquee.catalog.boundary;

import org.marquee.platform.BusinessException;

/** No theater has that id. */
public class UnknownTheaterException extends BusinessException.NotFound {
  private static final long serialVersionUID = 1L;

  public UnknownTheaterException(Object id) {
    super("There is no theater " + id + ".");
  }
}
