package org.marquee.booking.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.marquee.booking.control.Checkout;
import org.marquee.booking.control.PurchaseSteps;
import org.marquee.booking.control.RefundDue;
import org.marquee.booking.control.RefundSteps;
import org.marquee.booking.entity.Channel;

/**
 * Buying seats on the web, and cancelling. Not a transaction itself ({@code NOT_SUPPORTED}): the
 * purchase is two transactions with the payment gateway called between them ({@link Checkout}).
 */
@Stateless
@RolesAllowed("CUSTOMER")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderService {

  @Inject Checkout checkout;
  @EJB PurchaseSteps steps;
  @EJB RefundSteps refundSteps;
  @Resource SessionContext session;

  public OrderView purchase(PurchaseCommand command, String idempotencyKey) {
    return checkout.purchase(
        Channel.WEB, session.getCallerPrincipal().getName(), command, idempotencyKey);
  }

  /**
   * The same purchase, run in its turn among the node's purchases without holding the caller's
   * thread meanwhile (see {@code PurchaseAdmission}); a request that cannot succeed is answered at
   * once. For the API, whose requests can wait for their answer.
   */
  public CompletionStage<OrderView> purchaseInTurn(PurchaseCommand command, String idempotencyKey) {
    return checkout.purchaseInTurn(
        Channel.WEB, session.getCallerPrincipal().getName(), command, idempotencyKey);
  }

  /** Cancels the caller's order before its showtime: seats free, tickets void, money back. */
  public OrderView cancel(long orderId) {
    RefundDue refund = refundSteps.cancel(session.getCallerPrincipal().getName(), orderId);
    if (refund != null) {
      checkout.refundNow(refund);
    }
    return steps.orderView(orderId);
  }
}
