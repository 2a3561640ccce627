package org.marquee.it;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Test-only: the statements of a probe's transaction are the tests', not the application's. They go
 * through the application's datasource; this names their session {@value TestDatabase#APPLICATION}
 * for the transaction, so that {@link QueryPlansIT} leaves them out.
 */
public class TestTraffic {

  @PersistenceContext(unitName = "marquee")
  EntityManager em;

  @AroundInvoke
  Object asTests(InvocationContext call) throws Exception {
    em.createNativeQuery("select set_config('application_name', ?1, true)")
        .setParameter(1, TestDatabase.APPLICATION)
        .getSingleResult();
    return call.proceed();
  }
}
