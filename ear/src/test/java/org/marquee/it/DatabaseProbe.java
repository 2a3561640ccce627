package org.marquee.it;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only: looks into tables the application never exposes. */
@Stateless
@Interceptors(TestTraffic.class)
public class DatabaseProbe {

  @PersistenceContext(unitName = "marquee")
  EntityManager em;

  /** How many rows of {@code table} contain {@code text} anywhere in any column. */
  public long rowsContaining(String table, String text) {
    if (!table.matches("[a-z_]+(\\.[a-z_]+)?")) {
      throw new IllegalArgumentException(table);
    }
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from " + table + " t where t::text like '%' || ?1 || '%'")
                .setParameter(1, text)
                .getSingleResult())
        .longValue();
  }
}
