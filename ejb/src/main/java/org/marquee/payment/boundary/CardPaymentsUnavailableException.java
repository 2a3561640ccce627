package org.marquee.payment.boundary;

/**
 * This node has no card processor configured, so it takes no card payment at all: it fails closed.
 * Nothing was stored or charged; a later attempt succeeds only once an operator has set {@code
 * marquee.gateway.url} (see {@link org.marquee.payment.control.http.GatewayAddress}).
 */
public class CardPaymentsUnavailableException extends GatewayUnavailableException {
  private static final long serialVersionUID = 1L;

  public CardPaymentsUnavailableException() {
    super("Card payments are not available here at the moment. Please pay at the box office.");
  }

  @Override
  public int retryAfterSeconds() {
    return 300;
  }
}
