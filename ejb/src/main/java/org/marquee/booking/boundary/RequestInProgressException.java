package org.marquee.booking.boundary;

import org.marquee.platform.BusinessException;

/** The first request under this Idempotency-Key is still being worked on. */
public class RequestInProgressException extends BusinessException.Conflict {
  private static final long serialVersionUID = 1L;

  public RequestInProgressException() {
    super("A request with this Idempotency-Key is still in progress; repeat it in a moment.");
  }
}
