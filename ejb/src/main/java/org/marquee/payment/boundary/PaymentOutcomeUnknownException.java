package org.marquee.payment.boundary;

import org.marquee.platform.BusinessException;

/**
 * The payment gateway was asked to move money and did not answer in time: it may or may not have
 * done so. The payment stays pending and the reconciler settles it with the gateway later; whatever
 * was charged for a seat not sold is refunded.
 */
public class PaymentOutcomeUnknownException extends BusinessException.Unavailable {
  private static final long serialVersionUID = 1L;

  public PaymentOutcomeUnknownException() {
    super(
        "The payment service did not answer in time, so no seats were sold. If your card was"
            + " charged, the amount is refunded automatically. Please try again in a moment.");
  }
}
