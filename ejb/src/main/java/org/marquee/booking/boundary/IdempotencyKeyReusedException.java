package org.marquee.booking.boundary;

import org.marquee.platform.BusinessException;

/** An Idempotency-Key sent again with a different request: 422, and nothing is done. */
public class IdempotencyKeyReusedException extends BusinessException.Unprocessable {
  private static final long serialVersionUID = 1L;

  public IdempotencyKeyReusedException() {
    super("This Idempotency-Key was already used for a different request.");
  }
}
