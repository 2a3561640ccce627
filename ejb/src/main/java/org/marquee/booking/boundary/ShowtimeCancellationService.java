package org.marquee.booking.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.marquee.booking.control.Checkout;
import org.marquee.booking.control.RefundDue;
import org.marquee.booking.control.RefundSteps;

/**
 * Takes a showtime off the programme (DELETE /admin/showtimes/{id}): in one transaction it leaves
 * the catalog and every order for it is refunded with its tickets cancelled; then, outside any
 * transaction, each card payment is refunded through the gateway (a refund that fails is finished
 * by the reconciler).
 */
@Stateless
@RolesAllowed("ADMIN")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShowtimeCancellationService {

  @EJB RefundSteps steps;
  @Inject Checkout checkout;

  public void cancel(long showtimeId) {
    List<RefundDue> refunds = steps.cancelShowtime(showtimeId);
    refunds.forEach(checkout::refundNow);
  }
}
