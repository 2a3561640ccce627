package org.marquee.booking.control;

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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.marquee.platform.Settings;

/**
 * The months of {@code idempotency_key} (V15): the current month and two ahead are made, and a
 * month is dropped whole once all of it is older than {@code marquee.retention.idempotency-keys}
 * (P30D by default), so a key is remembered 30 to 61 days. Run by {@link BookingJobs} at start and
 * hourly on every node; the database functions make or drop each month once.
 */
@Stateless
@PermitAll
public class KeyRetention {

  private static final Logger LOG = Logger.getLogger(KeyRetention.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** How long a key is remembered at least. */
  public static Duration retention() {
    return Settings.getDuration("marquee.retention.idempotency-keys", Duration.ofDays(30));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String maintain() {
    Instant now = clock.instant();
    em.createNativeQuery("select monthly_partitions_ensure('idempotency_key', ?1, ?2)")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, Timestamp.from(now.atOffset(ZoneOffset.UTC).plusMonths(2).toInstant()))
        .getSingleResult();
    String dropped =
        (String)
            em.createNativeQuery("select monthly_partitions_retire('idempotency_key', ?1)")
                .setParameter(1, Timestamp.from(now.minus(retention())))
                .getSingleResult();
    if (!dropped.isEmpty()) {
      LOG.info("Dropped the idempotency keys of " + dropped);
    }
    return dropped;
  }
}
