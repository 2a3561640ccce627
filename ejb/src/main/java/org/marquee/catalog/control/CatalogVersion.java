package org.marquee.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The catalog's generation in the primary database (the table {@code catalog_version}): written by
 * every transaction that changes the programme, so that a replica shows by that one row whether it
 * has replayed the last change.
 */
@ApplicationScoped
public class CatalogVersion {

  static final String READ = "select generation from catalog_version where id = 1";

  @PersistenceContext private EntityManager em;

  /** The generation of the last committed change, from the primary. */
  public String current() {
    return (String) em.createNativeQuery(READ, String.class).getSingleResult();
  }

  void onChange(@Observes CatalogChanged change) {
    em.createNativeQuery(
            "update catalog_version set generation = ?1, changed_at = now() where id = 1")
        .setParameter(1, change.generation())
        .executeUpdate();
  }
}
