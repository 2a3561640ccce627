package org.marquee.booking.boundary;

import org.marquee.platform.BusinessException;

/**
 * This node has as many purchases in progress and waiting as it takes (see {@code
 * PurchaseAdmission}): nothing was claimed, held or charged, and the same request may be sent again
 * in a second.
 */
public class PurchasesBusyException extends BusinessException.Unavailable {
  private static final long serialVersionUID = 1L;

  public PurchasesBusyException() {
    super(
        "So many people are buying right now that yours could not start. Nothing was charged;"
            + " please try again in a second.");
  }

  @Override
  public int retryAfterSeconds() {
    return 1;
  }
}
