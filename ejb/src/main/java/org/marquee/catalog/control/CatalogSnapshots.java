package org.marquee.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Logger;
import org.infinispan.Cache;
import org.marquee.platform.CatalogCache;
import org.marquee.platform.CatalogGenerationCache;
import org.marquee.platform.metrics.BusinessMetrics;

/**
 * Serves the catalog snapshot from the Infinispan "catalog" cache and drops it when the programme
 * changes.
 *
 * <p>Each node builds and keeps its own snapshot (the cache is local), under the catalog's
 * generation, which lives in a cache replicated synchronously to every node. A change gives the
 * catalog a new generation after its transaction commits, on every node before the change's answer
 * is sent, so a snapshot that was being built from the old data while the change committed lands
 * under the old generation and is never read again: no node hands out a catalog older than the last
 * committed change. A generation is a random value, not a counter, so two nodes changing the
 * catalog at once need no lock between them.
 */
@ApplicationScoped
public class CatalogSnapshots {

  private static final Logger LOG = Logger.getLogger(CatalogSnapshots.class.getName());
  private static final String GENERATION = "generation";

  @Inject BusinessMetrics metrics;
  @Inject @CatalogCache Cache<String, Object> cache;
  @Inject @CatalogGenerationCache Cache<String, Object> generations;
  @Inject CatalogReader reader;
  @Inject Clock clock;

  public CatalogSnapshot current() {
    String key = "snapshot@" + generation();
    Object cached = cache.get(key);
    if (cached instanceof CatalogSnapshot snapshot) {
      metrics.cacheRead("catalog", true);
      return snapshot;
    }
    metrics.cacheRead("catalog", false);
    CatalogSnapshot fresh = reader.snapshot(clock.instant());
    cache.putIfAbsent(key, fresh);
    return fresh;
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
    generations.put(GENERATION, UUID.randomUUID().toString());
    LOG.fine(() -> "catalog changed (" + change.what() + "), snapshot dropped");
  }

  private String generation() {
    return generations.get(GENERATION) instanceof String generation ? generation : "first";
  }
}
