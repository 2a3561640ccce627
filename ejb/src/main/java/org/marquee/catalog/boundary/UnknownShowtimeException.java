package org.marquee.catalog.boundary;

import org.marquee.platform.BusinessException;

/** No scheduled showtime has that id. */
public class UnknownShowtimeException extends BusinessException.NotFound {
  private static final long serialVersionUID = 1L;

  public UnknownShowtimeException(Object id) {
    super("There is no showtime " + id + ".");
  }
}
