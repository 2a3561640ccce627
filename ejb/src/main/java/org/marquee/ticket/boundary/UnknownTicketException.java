package org.marquee.ticket.boundary;

import org.marquee.platform.BusinessException;

/** No such ticket, or not the caller's to see. */
public class UnknownTicketException extends BusinessException.NotFound {
  private static final long serialVersionUID = 1L;

  public UnknownTicketException(Object id) {
    super("There is no ticket " + id + ".");
  }
}
