package org.marquee.catalog.boundary;

import org.marquee.platform.BusinessException;

/** The theater already has an auditorium of that name. */
public class DuplicateAuditoriumException extends BusinessException.Conflict {
  private static final long serialVersionUID = 1L;

  public DuplicateAuditoriumException(String name) {
    super("The theater already has an auditorium named " + name + ".");
  }
}
