package org.marquee.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.List;
import org.marquee.audit.entity.AuditEvent;

/** The audit log, for administrators: newest first, optionally one action only. */
@Stateless
@RolesAllowed("ADMIN")
public class AuditService {

  @PersistenceContext EntityManager em;

  public List<AuditEntryView> entries(String action, int limit, int offset) {
    var query =
        action == null
            ? em.createQuery(
                "select e from AuditEvent e order by e.at desc, e.id desc", AuditEvent.class)
            : em.createQuery(
                    "select e from AuditEvent e where e.action = :action"
                        + " order by e.at desc, e.id desc",
                    AuditEvent.class)
                .setParameter("action", action);
    return query
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(
            e ->
                new AuditEntryView(
                    e.getId(),
                    e.getAt().atOffset(ZoneOffset.UTC),
                    e.getActor(),
                    e.getAction(),
                    e.getSubject(),
                    e.getDetail()))
        .toList();
  }
}
