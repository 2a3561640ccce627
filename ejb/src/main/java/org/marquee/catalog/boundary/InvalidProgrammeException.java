package org.marquee.catalog.boundary;

import org.marquee.platform.BusinessException;

/** A programme change that can never be made as asked: a missing field, a start in the past. */
public class InvalidProgrammeException extends BusinessException.Invalid {
  private static final long serialVersionUID = 1L;

  public InvalidProgrammeException(String message) {
    super(message);
  }
}
