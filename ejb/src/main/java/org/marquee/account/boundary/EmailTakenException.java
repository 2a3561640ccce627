package org.marquee.account.boundary;

import org.marquee.platform.BusinessException;

/** An account with that email exists already (emails compare case-insensitively). */
public class EmailTakenException extends BusinessException.Conflict {
  private static final long serialVersionUID = 1L;

  public EmailTakenException() {
    super("An account with this email address exists already.");
  }
}
