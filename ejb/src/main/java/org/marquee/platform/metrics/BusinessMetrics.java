package org.marquee.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Marquee's business figures in the server's metrics (wildfly-config/54-metrics.cli and
 * 56-prometheus.cli), beside the server's own (the database pool, Undertow, transactions), in
 * Prometheus' names:
 *
 * <ul>
 *   <li>{@code marquee_sales_total} and {@code marquee_seats_sold_total} per channel, once a sale
 *       has committed;
 *   <li>{@code marquee_holds_total} and {@code marquee_seats_held_total}: customers' holds;
 *   <li>{@code marquee_payments_total} per outcome: captured, declined, failed (nothing charged),
 *       unknown (left to the reconciler), cash;
 *   <li>{@code marquee_cache_reads_total} per cache ({@code seat-maps}, {@code catalog}) and
 *       result, hit (from the cache) or miss (read from the database): each cache's hit ratio;
 *   <li>{@code marquee_catalog_builds_total} per source, {@code replica} or {@code primary}: where
 *       the cached catalog was read from on a miss;
 *   <li>{@code marquee_purchases_running} and {@code marquee_purchases_waiting}: the admission
 *       control's places taken and queue.
 * </ul>
 *
 * It knows no domain type: the packages that know what happened call it.
 */
@ApplicationScoped
public class BusinessMetrics {

  @Inject MeterRegistry registry;

  /** A sale of {@code seats} seats on {@code channel} (web, box_office) has committed. */
  public void sold(String channel, int seats) {
    registry.counter("marquee.sales", "channel", channel).increment();
    registry.counter("marquee.seats.sold", "channel", channel).increment(seats);
  }

  /** A customer's hold of {@code seats} seats was made. */
  public void held(int seats) {
    registry.counter("marquee.holds").increment();
    registry.counter("marquee.seats.held").increment(seats);
  }

  /** A payment ended as {@code outcome} (captured, declined, failed, unknown, cash). */
  public void payment(String outcome) {
    registry.counter("marquee.payments", "outcome", outcome).increment();
  }

  /**
   * {@code cache} (seat-maps, catalog) was read: a {@code hit}, or a miss read from the database.
   */
  public void cacheRead(String cache, boolean hit) {
    registry
        .counter("marquee.cache.reads", "cache", cache, "result", hit ? "hit" : "miss")
        .increment();
  }

  /** The catalog was read anew from {@code source} (replica, primary). */
  public void catalogBuilt(String source) {
    registry.counter("marquee.catalog.builds", "source", source).increment();
  }

  /** A figure read whenever the metrics are scraped. */
  public void gauge(String name, Supplier<Number> value) {
    // kept here: a gauge holds only a weak reference to what it reads
    gauges.add(value);
    registry.gauge(name, value, v -> v.get().doubleValue());
  }

  private final List<Supplier<Number>> gauges = new CopyOnWriteArrayList<>();
}
