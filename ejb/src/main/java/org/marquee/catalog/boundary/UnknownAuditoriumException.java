package org.marquee.catalog.boundary;

import org.marquee.platform.BusinessException;

/** No auditorium (or theater) has that id. */
public class UnknownAuditoriumException extends BusinessException.NotFound {
  private static final long serialVersionUID = 1L;

  public UnknownAuditoriumException(String message) {
    super(message);
  }
}
