package org.marquee.booking.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.marquee.seating.control.SeatTracker;
import org.marquee.seating.entity.Hold;
import org.marquee.seating.entity.HoldStatus;

/**
 * Takes over what a node was doing on purchases when it left the cluster (it died, or was cut off):
 * within seconds of the view that drops it, not minutes. Its idempotency keys are let go, so that a
 * repeat of those purchases is worked on at once (and adopts their payments) instead of waiting;
 * the seats of its purchases in progress are freed. Their payments stay pending, for a repeat to
 * adopt or the reconciler to settle with the gateway once their charge can no longer be on its way
 * (a real processor may still act on a request that the dead node sent). Every node that sees the
 * view runs it; it is safe to run twice.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PurchaseTakeover {

  private static final Logger LOG = Logger.getLogger(PurchaseTakeover.class.getName());

  @PersistenceContext EntityManager em;
  @Inject SeatTracker tracker;

  /** Takes over the purchases of {@code node}; returns how many keys and holds were let go. */
  public int takeOver(String node) {
    int keys =
        em.createNativeQuery(
                "update idempotency_key set worker = null where worker = ?1"
                    + " and order_id is null and response_status is null")
            .setParameter(1, node)
            .executeUpdate();
    int holds = 0;
    for (Hold hold :
        em.createQuery(
                "select h from Payment p join p.hold h"
                    + " where p.status = org.marquee.payment.entity.PaymentStatus.PENDING and p.node = :node"
                    + " and h.status = org.marquee.seating.entity.HoldStatus.ACTIVE",
                Hold.class)
            .setParameter("node", node)
            .getResultList()) {
      tracker.release(hold, HoldStatus.EXPIRED);
      holds++;
    }
    if (keys + holds > 0) {
      LOG.info("took over from node " + node + ": " + keys + " purchase keys, " + holds + " holds");
    }
    return keys + holds;
  }
}
