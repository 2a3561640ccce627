package org.marquee.paymentgateway.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.marquee.paymentgateway.api.Messages.Error;

/**
 * Applies the {@link Simulation} to every business request: a failing processor answers 503 before
 * it does anything; a slow one does the work, then waits before it answers.
 */
@Provider
@Simulated
public class SimulatedFaults implements ContainerRequestFilter, ContainerResponseFilter {

  @Inject Simulation simulation;

  @Override
  public void filter(ContainerRequestContext request) {
    if (Boolean.TRUE.equals(simulation.current().failing())) {
      request.abortWith(
          Response.status(503)
              .type(MediaType.APPLICATION_JSON)
              .entity(new Error("unavailable"))
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    long delay = simulation.current().delayMillis().longValue();
    if (delay > 0 && response.getStatus() != 503) {
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
