package org.marquee.platform;

import jakarta.persistence.EntityManager;

/**
 * One node at a time through the work done at deployment: nodes of a cluster that start together
 * would otherwise both find no administrator (or no programme) and both create one. A PostgreSQL
 * advisory lock held until the caller's transaction ends; the next node then sees what the first
 * one committed.
 */
public final class StartupLock {

  /** Any number of Marquee's own; no other advisory lock is taken. */
  private static final long KEY = 0x4d61727175656500L; // "Marquee\0"

  private StartupLock() {}

  /** Waits for the lock within the transaction of {@code em}. */
  public static void take(EntityManager em) {
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) locked")
        .setParameter(1, KEY)
        .getSingleResult();
  }
}
