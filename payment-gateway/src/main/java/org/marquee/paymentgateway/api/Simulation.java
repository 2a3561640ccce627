package org.marquee.paymentgateway.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;
import org.marquee.paymentgateway.api.Messages.SimulationSettings;

/**
 * How the processor misbehaves on purpose, so that Marquee's timeouts, retries, circuit breaker and
 * reconciliation meet real HTTP failures: a delay before every answer (the work done first, so a
 * caller that gives up does not know the outcome), or a 503 for every request (nothing done). Per
 * server; normal after every start.
 */
@ApplicationScoped
public class Simulation {

  private final AtomicReference<SimulationSettings> current =
      new AtomicReference<>(new SimulationSettings(BigDecimal.ZERO, false));

  SimulationSettings current() {
    return current.get();
  }

  void set(SimulationSettings settings) {
    current.set(settings);
  }
}
