package org.marquee.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness "threads": a JVM whose threads are deadlocked (on monitors or locks) will not recover by
 * itself, and holds whatever those threads hold; the node should be restarted. Anything slower or
 * busier is readiness's business, not a reason to restart.
 */
@Liveness
@ApplicationScoped
public class ThreadsLiveness implements HealthCheck {

  static final String NAME = "threads";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  @Override
  public HealthCheckResponse call() {
    return check(threads.findDeadlockedThreads(), threads.getThreadCount()).as(NAME);
  }

  /** {@code deadlocked}: the ids of deadlocked threads, or null when there are none. */
  static Probe check(long[] deadlocked, int live) {
    int stuck = deadlocked == null ? 0 : deadlocked.length;
    return new Probe(stuck == 0, Map.of("live", live, "deadlocked", stuck));
  }
}
