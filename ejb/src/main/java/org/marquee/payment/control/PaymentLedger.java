package org.marquee.payment.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.marquee.audit.control.AuditLog;
import org.marquee.payment.entity.Payment;
import org.marquee.payment.entity.PaymentKind;
import org.marquee.payment.entity.PaymentStatus;
import org.marquee.seating.control.SeatTracker;
import org.marquee.seating.entity.HoldStatus;

/**
 * The reconciler's transactions over payments (each its own, REQUIRES_NEW, so the gateway is called
 * between them, never inside). Every change re-checks the payment's state and is optimistically
 * locked, so a purchase confirming at the same moment, or another node reconciling, cannot both
 * win.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentLedger {

  /** A payment as the reconciler sees it. */
  public record Open(long id, PaymentStatus status, String key, String reference) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject SeatTracker tracker;

  /**
   * Payments left unsettled for longer than {@code settleAfter}: pending (no answer from the
   * gateway), captured without an order, or due a refund.
   */
  /** One payment as the reconciler sees it, to settle it now (a repeat of its purchase). */
  public Open open(long paymentId) {
    return open(em.find(Payment.class, paymentId));
  }

  private static Open open(Payment p) {
    return new Open(p.getId(), p.getStatus(), p.getIdempotencyKey(), p.getGatewayReference());
  }

  /**
   * The open payments due for settling, oldest first. The statuses are written into the statements,
   * not bound, so that a generic plan uses the partial indexes of open and unreconciled payments
   * (QueryPlansIT).
   */
  public List<Open> due(Duration settleAfter, int max) {
    Instant cutoff = clock.instant().minus(settleAfter);
    List<Payment> payments = new ArrayList<>();
    payments.addAll(
        em.createQuery(
                "select p from Payment p where p.status in (org.marquee.payment.entity.PaymentStatus.PENDING,"
                    + " org.marquee.payment.entity.PaymentStatus.REFUND_DUE) and p.updatedAt <= :cutoff"
                    + " order by p.updatedAt",
                Payment.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(max)
            .getResultList());
    payments.addAll(
        em.createQuery(
                "select p from Payment p where p.status = org.marquee.payment.entity.PaymentStatus.CAPTURED"
                    + " and p.order is null"
                    + " and p.method <> :cash and p.updatedAt <= :cutoff order by p.updatedAt",
                Payment.class)
            .setParameter("cash", PaymentKind.CASH)
            .setParameter("cutoff", cutoff)
            .setMaxResults(max)
            .getResultList());
    return payments.stream().map(PaymentLedger::open).toList();
  }

  /**
   * Claims money that no order holds for a refund: only if the payment is still as the reconciler
   * saw it (pending, or captured without an order) and nobody has touched it since {@code
   * untouchedSince} (a repeat of its purchase that adopted it, for one).
   */
  public boolean refundDue(
      long paymentId, PaymentStatus seen, String reference, Instant untouchedSince) {
    Payment payment = em.find(Payment.class, paymentId);
    if (payment.getStatus() != seen
        || payment.getOrder() != null
        || payment.getUpdatedAt().isAfter(untouchedSince)) {
      return false;
    }
    if (seen == PaymentStatus.PENDING) {
      payment.captured(reference, clock.instant());
    }
    payment.refundDue(clock.instant());
    em.flush();
    return true;
  }

  public void refunded(long paymentId) {
    Payment payment = em.find(Payment.class, paymentId);
    if (payment.getStatus() == PaymentStatus.REFUND_DUE) {
      payment.refunded(clock.instant());
      audit.record(
          AuditLog.Action.PAYMENT_REFUNDED,
          "payment " + paymentId,
          payment.getAmountCents() + " " + payment.getCurrency() + ", by the reconciler");
    }
    releaseHoldOf(payment);
  }

  /**
   * The seats a settled payment kept (its purchase's buyer could repeat it while its outcome was
   * unknown) are free again.
   */
  private void releaseHoldOf(Payment payment) {
    if (payment.getHold() != null && payment.getOrder() == null) {
      tracker.release(payment.getHold(), HoldStatus.RELEASED);
    }
  }

  /**
   * Lets go of idempotency keys whose request never finished (its node died while working on it,
   * and no node noticed it leave), so that a repeat under the key takes it over instead of waiting
   * for an answer that will never come. Returns how many were let go.
   */
  public int letGoAbandonedKeys(Duration settleAfter) {
    return em.createNativeQuery(
            "update idempotency_key set worker = null where worker is not null"
                + " and claimed_at <= ?1")
        .setParameter(1, clock.instant().minus(settleAfter))
        .executeUpdate();
  }

  /**
   * A pending payment the gateway never charged: declined, or never received; only if nobody has
   * touched it since {@code untouchedSince}.
   */
  public void notCharged(long paymentId, String declineCode, Instant untouchedSince) {
    Payment payment = em.find(Payment.class, paymentId);
    if (payment.getStatus() != PaymentStatus.PENDING
        || payment.getUpdatedAt().isAfter(untouchedSince)) {
      return; // settled meanwhile, or a repeat of its purchase is asking the gateway right now
    }
    if (declineCode != null) {
      payment.declined(declineCode, clock.instant());
    } else {
      payment.failed("never reached the payment gateway", clock.instant());
    }
    releaseHoldOf(payment);
  }
}
