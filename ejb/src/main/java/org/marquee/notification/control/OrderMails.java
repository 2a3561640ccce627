package org.marquee.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.booking.control.OrderConfirmed;
import org.marquee.platform.logging.RequestIds;

/**
 * Sends the confirmation of a web order by mail once the sale has committed: after the commit, so
 * that no mail announces a sale that was rolled back, and on another thread, so that the buyer's
 * answer never waits for an SMTP server. A mail that cannot be sent is logged; the sale stands.
 */
@ApplicationScoped
public class OrderMails {

  private static final Logger LOG = Logger.getLogger(OrderMails.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject ConfirmationMailer mailer;

  void onConfirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderConfirmed order) {
    try {
      executor.execute(RequestIds.carried(() -> mailer.send(order)));
    } catch (RejectedExecutionException e) {
      LOG.log(Level.WARNING, "no confirmation mail for order " + order.order().id() + ": busy");
    }
  }
}
