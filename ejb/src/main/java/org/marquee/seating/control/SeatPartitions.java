package org.marquee.seating.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.marquee.platform.Settings;

/**
 * The seat inventory's partitions (V14): {@code seat_hold} and {@code seat_claim} are kept in
 * ranges of showtime ids. Ranges are made ahead of the showtimes scheduled ({@link #ensureFor},
 * called by the scheduling itself, so a hold never finds its range missing), and dropped whole once
 * every showtime in them has ended, {@code marquee.retention.seat-state} (P7D by default) after its
 * cleaning ({@link #maintain}, hourly on every node; the database functions take a lock of their
 * own, so several nodes do the work once).
 */
@Stateless
@PermitAll
public class SeatPartitions {

  private static final Logger LOG = Logger.getLogger(SeatPartitions.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** How long the seats of an ended showtime are kept after its cleaning. */
  public static Duration retention() {
    return Settings.getDuration("marquee.retention.seat-state", Duration.ofDays(7));
  }

  /**
   * Makes sure the ranges for showtimes up to {@code showtimeId} exist, and two more: in the
   * caller's transaction, at no cost but one catalog query while they do.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void ensureFor(long showtimeId) {
    em.createNativeQuery("select seat_partitions_ensure(?1)")
        .setParameter(1, showtimeId)
        .getSingleResult();
  }

  /** Makes ranges ahead of the highest showtime id, and drops the ranges that have ended. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String maintain() {
    em.createNativeQuery(
            "select seat_partitions_ensure(coalesce((select max(id) from showtime), 0))")
        .getSingleResult();
    String dropped =
        (String)
            em.createNativeQuery("select seat_partitions_retire(?1, cast(?2 as interval))")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, retention().toSeconds() + " seconds")
                .getSingleResult();
    if (!dropped.isEmpty()) {
      LOG.info("Dropped the seat state of the ended showtimes " + dropped);
    }
    return dropped;
  }
}
