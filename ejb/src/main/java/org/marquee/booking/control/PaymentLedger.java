package org.marquee.booking.control;

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

  /**
   * Payments left unsettled for longer than {@code settleAfter}: pending (no answer from the
   * gateway), captured without an order, or due a refund.
   */
  public List<Open> due(Duration settleAfter, int max) {
    Instant cutoff = clock.instant().minus(settleAfter);
    List<Payment> payments = new ArrayList<>();
    payments.addAll(
        em.createQuery(
                "select p from Payment p where p.status in :open and p.updatedAt <= :cutoff"
                    + " order by p.updatedAt",
                Payment.class)
            .setParameter("open", List.of(PaymentStatus.PENDING, PaymentStatus.REFUND_DUE))
            .setParameter("cutoff", cutoff)
            .setMaxResults(max)
            .getResultList());
    payments.addAll(
        em.createQuery(
                "select p from Payment p where p.status = :captured and p.order is null"
                    + " and p.method <> :cash and p.updatedAt <= :cutoff order by p.updatedAt",
                Payment.class)
            .setParameter("captured", PaymentStatus.CAPTURED)
            .setParameter("cash", PaymentKind.CASH)
            .setParameter("cutoff", cutoff)
            .setMaxResults(max)
            .getResultList());
    return payments.stream()
        .map(
            p -> new Open(p.getId(), p.getStatus(), p.getIdempotencyKey(), p.getGatewayReference()))
        .toList();
  }

  /**
   * Claims money that no order holds for a refund: only if the payment is still as the reconciler
   * saw it (pending, or captured without an order).
   */
  public boolean refundDue(long paymentId, PaymentStatus seen, String reference) {
    Payment payment = em.find(Payment.class, paymentId);
    if (payment.getStatus() != seen || payment.getOrder() != null) {
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
  }

  /**
   * Lets go of idempotency keys whose request never finished (its node died while working on it),
   * so that a repeat under the key is worked on again instead of waiting for an answer that will
   * never come. Returns how many were let go.
   */
  public int forgetAbandonedKeys(Duration settleAfter) {
    return em.createQuery(
            "delete from IdempotencyRecord r where r.order is null"
                + " and r.responseStatus is null and r.createdAt <= :cutoff")
        .setParameter("cutoff", clock.instant().minus(settleAfter))
        .executeUpdate();
  }

  /** A pending payment the gateway never charged: declined, or never received. */
  public void notCharged(long paymentId, String declineCode) {
    Payment payment = em.find(Payment.class, paymentId);
    if (payment.getStatus() != PaymentStatus.PENDING) {
      return;
    }
    if (declineCode != null) {
      payment.declined(declineCode, clock.instant());
    } else {
      payment.failed("never reached the payment gateway", clock.instant());
    }
  }
}
