package org.marquee.catalog.boundary;

import org.marquee.platform.BusinessException;

/** No movie has that id. */
public class UnknownMovieException extends BusinessException.NotFound {
  private static final long serialVersionUID = 1L;

  public UnknownMovieException(Object id) {
    super("There is no movie " + id + ".");
  }
}
