package org.marquee.payment.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.payment.boundary.ChargeOutcome;
import org.marquee.payment.entity.PaymentStatus;
import org.marquee.platform.BusinessException;
import org.marquee.platform.Settings;

/**
 * No money kept for a seat not sold. Settles, against the gateway, every payment left open longer
 * than {@code marquee.payments.settle-after} (two minutes by default, well beyond the gateway's
 * timeout, so no purchase in flight is touched):
 *
 * <ul>
 *   <li>pending (the gateway did not answer): asks the gateway what became of the charge under the
 *       payment's key; money taken is refunded, a decline or a charge never received is recorded;
 *   <li>captured, but no order holds it (a crash between charge and confirmation): refunded;
 *   <li>due a refund whose call failed (a cancellation, a lost race): refunded again, under the
 *       same refund key, so the gateway gives the money back once.
 * </ul>
 *
 * It also lets go of idempotency keys whose request never finished (the node died while working on
 * it), so that a repeat under such a key is worked on again.
 *
 * <p>Runs on every node ({@link BookingJobs}); the refund keys and the optimistic locks of {@link
 * PaymentLedger} make concurrent runs harmless.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentReconciler {

  private static final Logger LOG = Logger.getLogger(PaymentReconciler.class.getName());

  @EJB PaymentLedger ledger;
  @Inject Payments payments;

  static Duration settleAfter() {
    return Settings.getDuration("marquee.payments.settle-after", Duration.ofMinutes(2));
  }

  /** One round; returns how many payments it settled. */
  public int reconcile() {
    ledger.letGoAbandonedKeys(settleAfter());
    int settled = 0;
    for (PaymentLedger.Open payment : ledger.due(settleAfter(), 100)) {
      try {
        if (settle(payment)) {
          settled++;
        }
      } catch (BusinessException | EJBException e) {
        // the gateway is unavailable, or another node settled it: the next round tries again
        LOG.log(Level.INFO, "payment " + payment.id() + " not settled yet: " + e.getMessage());
      }
    }
    return settled;
  }

  /**
   * Settles one payment now, whatever its age: a repeat of a purchase does this with its earlier
   * attempt's payment before it charges anew, so that no two charges of one purchase hold money at
   * the same moment. Returns whether it is settled (false: it could not be, for now).
   */
  public boolean settleNow(long paymentId) {
    PaymentLedger.Open payment = ledger.open(paymentId);
    return switch (payment.status()) {
      case PENDING, CAPTURED, REFUND_DUE -> settle(payment, Instant.now());
      default -> true;
    };
  }

  private boolean settle(PaymentLedger.Open payment) {
    return settle(payment, Instant.now().minus(settleAfter()));
  }

  private boolean settle(PaymentLedger.Open payment, Instant untouchedSince) {
    String refundKey = "refund_" + payment.key();
    switch (payment.status()) {
      case PENDING -> {
        Optional<ChargeOutcome> outcome = payments.lookup(payment.key());
        if (outcome.isEmpty() || outcome.get().declined()) {
          ledger.notCharged(
              payment.id(), outcome.map(ChargeOutcome::declineCode).orElse(null), untouchedSince);
          return true;
        }
        ChargeOutcome charge = outcome.get();
        if (charge.holdsMoney()) {
          if (!ledger.refundDue(
              payment.id(), PaymentStatus.PENDING, charge.reference(), untouchedSince)) {
            return false;
          }
          payments.refund(charge.reference(), refundKey);
        }
        ledger.refunded(payment.id());
        LOG.info("payment " + payment.id() + ": charged without an answer, refunded");
        return true;
      }
      case CAPTURED -> {
        if (!ledger.refundDue(
            payment.id(), PaymentStatus.CAPTURED, payment.reference(), untouchedSince)) {
          return false;
        }
        payments.refund(payment.reference(), refundKey);
        ledger.refunded(payment.id());
        LOG.info("payment " + payment.id() + ": captured without an order, refunded");
        return true;
      }
      case REFUND_DUE -> {
        payments.refund(payment.reference(), refundKey);
        ledger.refunded(payment.id());
        return true;
      }
      default -> {
        return false;
      }
    }
  }
}
