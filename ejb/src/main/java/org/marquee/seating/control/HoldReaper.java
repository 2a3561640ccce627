package org.marquee.seating.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.marquee.seating.entity.Hold;
import org.marquee.seating.entity.HoldStatus;

/**
 * Frees the seats of holds that ran out. Every node runs it ({@link BookingJobs}); that is safe:
 * each hold is expired in a transaction of its own that first locks the hold's row with {@code FOR
 * UPDATE SKIP LOCKED} and checks again that it is still active and due, so two nodes never expire
 * the same hold, and a hold being turned into an order right now is left alone. An expired hold
 * blocks nobody even before this runs (a seat reads AVAILABLE once its hold has run out); the
 * reaper makes the rows say so.
 */
@Stateless
@PermitAll
public class HoldReaper {

  /** Hibernate's lock timeout for SKIP LOCKED. */
  private static final int SKIP_LOCKED = -2;

  @PersistenceContext EntityManager em;
  @Inject SeatTracker tracker;
  @Inject Clock clock;

  /**
   * Ids of active holds that have run out, oldest first. The status is written into the statement,
   * not bound: a plan the database keeps for any value (a generic plan) can then use the partial
   * index of active holds, where a bound status would scan them all (QueryPlansIT).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> due(int max) {
    return em.createQuery(
            "select h.id from Hold h where h.status = org.marquee.seating.entity.HoldStatus.ACTIVE"
                + " and h.expiresAt <= :now"
                + " order by h.expiresAt",
            Long.class)
        .setParameter("now", clock.instant())
        .setMaxResults(max)
        .getResultList();
  }

  /** Expires one hold if it is still active, due, and not locked by another node or a sale. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean expire(long holdId) {
    List<Hold> holds =
        em.createQuery(
                "select h from Hold h where h.id = :id and h.status = org.marquee.seating.entity.HoldStatus.ACTIVE"
                    + " and h.expiresAt <= :now",
                Hold.class)
            .setParameter("id", holdId)
            .setParameter("now", clock.instant())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
            .getResultList();
    if (holds.isEmpty()) {
      return false;
    }
    tracker.release(holds.get(0), HoldStatus.EXPIRED);
    return true;
  }
}
