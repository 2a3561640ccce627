package org.marquee.booking.boundary;

import org.marquee.platform.BusinessException;

/**
 * These seats are being paid for already, by another request for the same hold (a second browser
 * tab, say): a hold is charged once. Nothing was held or charged by this request.
 */
public class PaymentUnderWayException extends BusinessException.Conflict {
  private static final long serialVersionUID = 1L;

  public PaymentUnderWayException() {
    super(
        "These seats are being paid for right now by another request; nothing more was charged."
            + " Look at your orders in a moment.");
  }
}
