package org.marquee.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.marquee.booking.boundary.PurchasesBusyException;

/**
 * Admission control for purchases, per node: at most {@code marquee.purchases.concurrent} of them
 * (four per core by default) are in progress at once. A purchase holds a request thread while the
 * payment gateway answers, so without a limit an opening-night rush would occupy every thread of
 * the server, the gateway's answers among them, and everything would slow to timeouts. A purchase
 * that finds no room within {@code marquee.purchases.admission-wait-ms} (50 ms: a waiting purchase
 * holds a request thread that could serve others) is refused at once with a 503 and {@code
 * Retry-After: 1}, before it has claimed anything, so trying again is safe.
 */
@ApplicationScoped
public class PurchaseAdmission {

  /** A place among the purchases in progress, given back by {@link #close()}. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private final int limit;
  private final long waitMillis;
  private final Semaphore places;

  public PurchaseAdmission() {
    this(
        Integer.getInteger(
            "marquee.purchases.concurrent", 4 * Runtime.getRuntime().availableProcessors()),
        Long.getLong("marquee.purchases.admission-wait-ms", 50));
  }

  PurchaseAdmission(int limit, long waitMillis) {
    this.limit = Math.max(1, limit);
    this.waitMillis = Math.max(0, waitMillis);
    this.places = new Semaphore(this.limit, true);
  }

  /** A place for one purchase, or a {@link PurchasesBusyException} when none frees up in time. */
  public Permit enter() {
    boolean admitted;
    try {
      admitted = places.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      throw new PurchasesBusyException();
    }
    return places::release;
  }

  /** How many purchases may be in progress at once. */
  public int limit() {
    return limit;
  }

  /** How many more could start now. */
  public int available() {
    return places.availablePermits();
  }
}
