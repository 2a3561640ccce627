package org.marquee.payment.boundary;

import org.marquee.platform.BusinessException;

/**
 * Card details that no card can have: a number failing the Luhn check, an expired card, a bad cvc.
 */
public class InvalidCardException extends BusinessException.Invalid {
  private static final long serialVersionUID = 1L;

  public InvalidCardException(String message) {
    super(message);
  }
}
