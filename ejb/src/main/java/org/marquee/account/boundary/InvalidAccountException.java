package org.marquee.account.boundary;

import org.marquee.platform.BusinessException;

/** Registration data that can never be accepted as it stands; the message names the field. */
public class InvalidAccountException extends BusinessException.Invalid {
  private static final long serialVersionUID = 1L;

  public InvalidAccountException(String message) {
    super(message);
  }
}
