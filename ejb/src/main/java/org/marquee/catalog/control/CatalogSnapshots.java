package org.marquee.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.infinispan.Cache;
import org.marquee.platform.CatalogCache;
import org.marquee.platform.CatalogGenerationCache;
import org.marquee.platform.Settings;
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
 * catalog at once need no lock between them. The generation is also written to the database in the
 * change's transaction ({@link CatalogVersion}); a node whose cache has none reads it from there.
 *
 * <p>A snapshot is read from the streaming replica once the replica has replayed the current
 * generation: it waits for that up to {@code marquee.db.replica.max-wait-ms} (500 ms), then reads
 * the primary instead. A replica that fails is left alone for {@code
 * marquee.db.replica.retry-after-ms} (30 s), the primary serving meanwhile.
 */
@ApplicationScoped
public class CatalogSnapshots {

  private static final Logger LOG = Logger.getLogger(CatalogSnapshots.class.getName());
  private static final String GENERATION = "generation";

  private final Duration replicaWait =
      Duration.ofMillis(Settings.getLong("marquee.db.replica.max-wait-ms", 500));
  private final Duration replicaRetryAfter =
      Duration.ofMillis(Settings.getLong("marquee.db.replica.retry-after-ms", 30_000));
  private volatile Instant replicaFailedAt = Instant.MIN;

  @Inject BusinessMetrics metrics;
  @Inject @CatalogCache Cache<String, Object> cache;
  @Inject @CatalogGenerationCache Cache<String, Object> generations;
  @Inject CatalogReader reader;
  @Inject ReplicaCatalogReader replica;
  @Inject CatalogVersion version;
  @Inject Clock clock;

  public CatalogSnapshot current() {
    String generation = generation();
    String key = "snapshot@" + generation;
    Object cached = cache.get(key);
    if (cached instanceof CatalogSnapshot snapshot) {
      metrics.cacheRead("catalog", true);
      return snapshot;
    }
    metrics.cacheRead("catalog", false);
    Instant now = clock.instant();
    CatalogSnapshot fresh =
        fromReplica(generation, now)
            .orElseGet(
                () -> {
                  metrics.catalogBuilt("primary");
                  return reader.snapshot(now);
                });
    cache.putIfAbsent(key, fresh);
    return fresh;
  }

  private Optional<CatalogSnapshot> fromReplica(String generation, Instant now) {
    if (replicaFailedAt.plus(replicaRetryAfter).isAfter(now)) {
      return Optional.empty();
    }
    try {
      Optional<CatalogSnapshot> snapshot = replica.snapshot(generation, now, replicaWait);
      if (snapshot.isPresent()) {
        metrics.catalogBuilt("replica");
      } else {
        LOG.fine(() -> "the replica has not replayed catalog generation " + generation + " yet");
      }
      return snapshot;
    } catch (RuntimeException e) {
      replicaFailedAt = now;
      LOG.log(
          Level.WARNING,
          "The catalog replica cannot be read; reading the primary for the next "
              + replicaRetryAfter.toSeconds()
              + " s: "
              + e);
      return Optional.empty();
    }
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
    generations.put(GENERATION, change.generation());
    LOG.fine(() -> "catalog changed (" + change.what() + "), snapshot dropped");
  }

  /**
   * The generation from the replicated cache; from the database where the cache has none: on a
   * fresh cluster, and on every node after the partitions of a split cluster merge (the cache then
   * drops it, see wildfly-config/20-infinispan.cli).
   */
  private String generation() {
    if (generations.get(GENERATION) instanceof String generation) {
      return generation;
    }
    String stored = version.current();
    Object raced = generations.putIfAbsent(GENERATION, stored);
    return raced instanceof String generation ? generation : stored;
  }
}
