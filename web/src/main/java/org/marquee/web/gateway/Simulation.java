package org.marquee.web.gateway;

import java.util.concurrent.atomic.AtomicReference;

/**
 * How the built-in gateway misbehaves on purpose, so that Marquee's timeouts, retries, circuit
 * breaker and reconciliation can be exercised against real HTTP: a delay before every answer, or a
 * 503 for every request. Per server; normal (no delay, not failing) after every start.
 */
record Simulation(long delayMillis, boolean failing) {

  private static final AtomicReference<Simulation> CURRENT =
      new AtomicReference<>(new Simulation(0, false));

  static Simulation current() {
    return CURRENT.get();
  }

  static void set(long delayMillis, boolean failing) {
    CURRENT.set(new Simulation(delayMillis, failing));
  }
}
