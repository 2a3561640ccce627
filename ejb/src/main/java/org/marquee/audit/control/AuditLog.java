package org.marquee.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import org.marquee.audit.entity.AuditEvent;

/**
 * Writes the audit log inside the caller's transaction: the entry commits with the change it
 * records, or not at all. The actor is the signed-in caller; the scheduled jobs, which have none,
 * are "system".
 */
@ApplicationScoped
public class AuditLog {

  /** What can happen. */
  public enum Action {
    SALE,
    ORDER_CANCELLED,
    PAYMENT_REFUNDED,
    CHECK_IN,
    MOVIE_CREATED,
    MOVIE_UPDATED,
    POSTER_UPLOADED,
    TRAILER_UPLOADED,
    THEATER_CREATED,
    AUDITORIUM_ADDED,
    SHOWTIME_SCHEDULED,
    SHOWTIME_CANCELLED
  }

  @PersistenceContext EntityManager em;
  @Inject Principal caller;
  @Inject Clock clock;

  public void record(Action action, String subject, String detail) {
    em.persist(new AuditEvent(clock.instant(), actor(), action.name(), subject, detail));
  }

  private String actor() {
    String name = caller == null ? null : caller.getName();
    return name == null || name.isBlank() || "anonymous".equals(name) ? "system" : name;
  }
}
