package org.marquee.payment.boundary;

import org.marquee.platform.BusinessException;

/** The card was declined: nothing was charged, and the seats are free again. */
public class PaymentDeclinedException extends BusinessException.Declined {
  private static final long serialVersionUID = 1L;

  private final String declineCode;

  public PaymentDeclinedException(String declineCode) {
    super(
        "insufficient_funds".equals(declineCode)
            ? "The card was declined for insufficient funds. Nothing was charged."
            : "The card was declined. Nothing was charged.");
    this.declineCode = declineCode;
  }

  public String declineCode() {
    return declineCode;
  }
}
