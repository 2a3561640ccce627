package org.marquee.booking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.marquee.booking.control.Checkout;

/**
 * The node's queue of purchases, as the web module's lifecycle sees it. A CDI bean, not an EJB: the
 * web module stops it while it stops itself, when the EJB components may already be stopped but the
 * CDI container still serves.
 */
@ApplicationScoped
public class PurchaseQueue {

  @Inject Checkout checkout;

  /**
   * The application is stopping: no purchase is taken or started any more, those waiting for their
   * turn included; the caller may answer them itself before {@link #close}.
   */
  public void stopTakingPurchases() {
    checkout.stopTakingPurchases();
  }

  /** Answers the purchases still waiting 503 (to be sent again); returns how many. */
  public int close() {
    return checkout.closeQueue();
  }
}
