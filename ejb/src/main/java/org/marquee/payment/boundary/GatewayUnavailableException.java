package org.marquee.payment.boundary;

import org.marquee.platform.BusinessException;

/** The payment gateway did not answer, or not sensibly; nothing was stored or charged. */
public class GatewayUnavailableException extends BusinessException.Unavailable {
  private static final long serialVersionUID = 1L;

  public GatewayUnavailableException() {
    this("The payment service is not available right now. Please try again in a moment.");
  }

  protected GatewayUnavailableException(String message) {
    super(message);
  }
}
