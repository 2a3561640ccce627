package org.marquee.booking.boundary;

import org.marquee.platform.BusinessException;

/** A hold or an order that can never succeed as asked: no seats, too many, foreign seats. */
public class InvalidPurchaseException extends BusinessException.Invalid {
  private static final long serialVersionUID = 1L;

  public InvalidPurchaseException(String message) {
    super(message);
  }
}
