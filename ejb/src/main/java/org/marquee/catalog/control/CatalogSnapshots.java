package org.marquee.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.infinispan.Cache;
import org.marquee.platform.CatalogCache;

/**
 * Serves the catalog snapshot from the Infinispan "catalog" cache and drops it when the programme
 * changes.
 *
 * <p>Snapshots are stored under a generation number kept in the same cache. A change bumps the
 * generation after its transaction commits, so a snapshot that was being built from the old data
 * while the change committed lands under the old generation and is never read again: readers cannot
 * be handed a catalog older than the last committed change.
 */
@ApplicationScoped
public class CatalogSnapshots {

  private static final Logger LOG = Logger.getLogger(CatalogSnapshots.class.getName());
  private static final String GENERATION = "generation";

  @Inject @CatalogCache Cache<String, Object> cache;
  @Inject CatalogReader reader;
  @Inject Clock clock;

  public CatalogSnapshot current() {
    long generation = generation();
    String key = "snapshot@" + generation;
    Object cached = cache.get(key);
    if (cached instanceof CatalogSnapshot snapshot) {
      return snapshot;
    }
    CatalogSnapshot fresh = reader.snapshot(clock.instant());
    cache.putIfAbsent(key, fresh);
    return fresh;
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
    // immortal (lifespan -1): the generation must outlive every snapshot stored under it
    cache.compute(
        GENERATION, (k, old) -> old instanceof Long g ? g + 1 : 1L, -1, TimeUnit.MILLISECONDS);
    LOG.fine(() -> "catalog changed (" + change.what() + "), snapshot dropped");
  }

  private long generation() {
    return cache.get(GENERATION) instanceof Long generation ? generation : 0L;
  }
}
