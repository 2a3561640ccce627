package org.marquee.booking.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.marquee.booking.control.Checkout;
import org.marquee.booking.entity.Channel;

/**
 * Selling at the counter to walk-in buyers, who have no account: paid in cash, or by card through
 * the payment gateway. The order has no owner; it names the clerk who sold it. The same consistency
 * and idempotency as a web order ({@link Checkout}); idempotency keys belong to the clerk.
 */
@Stateless
@RolesAllowed({"CLERK", "ADMIN"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BoxOfficeService {

  @Inject Checkout checkout;
  @Resource SessionContext session;

  public OrderView sell(
      Long showtimeId, List<Long> seatIds, PaymentChoice payment, String idempotencyKey) {
    return checkout.purchase(
        Channel.BOX_OFFICE,
        session.getCallerPrincipal().getName(),
        new PurchaseCommand(showtimeId, seatIds, null, payment),
        idempotencyKey);
  }
}
