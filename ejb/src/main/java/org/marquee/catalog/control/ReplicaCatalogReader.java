package org.marquee.catalog.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the catalog snapshot from the streaming replica (the persistence unit {@code
 * marquee-replica} over {@code MarqueeReplicaDS}), in a transaction of its own on that datasource
 * alone: never in a caller's transaction, which belongs to the primary.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReplicaCatalogReader {

  private static final long POLL_MILLIS = 10;

  @PersistenceContext(unitName = "marquee-replica")
  private EntityManager replica;

  /**
   * The catalog as of {@code generation} or later; empty when the replica has not replayed that
   * generation within {@code wait}. Each statement of this read-committed transaction sees what the
   * replica has replayed so far, so once the generation is there the whole catalog read after it is
   * at least as new.
   */
  public Optional<CatalogSnapshot> snapshot(String generation, Instant now, Duration wait) {
    long until = System.nanoTime() + wait.toNanos();
    while (!generation.equals(replicaGeneration())) {
      if (System.nanoTime() - until > 0) {
        return Optional.empty();
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.of(CatalogReader.snapshot(replica, now));
  }

  private String replicaGeneration() {
    return (String) replica.createNativeQuery(CatalogVersion.READ, String.class).getSingleResult();
  }
}
