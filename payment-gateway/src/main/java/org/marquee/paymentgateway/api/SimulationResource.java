package org.marquee.paymentgateway.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.marquee.paymentgateway.api.Messages.SimulationSettings;
import org.marquee.paymentgateway.ledger.Refusal;

/**
 * {@code GET} and {@code PUT /simulation} {@code {delayMillis, failing}}: the switch of {@link
 * Simulation}. Changing it is for this machine only (403 from elsewhere), whatever address the
 * listener is bound to.
 */
@Path("simulation")
@Produces(MediaType.APPLICATION_JSON)
public class SimulationResource {

  /** Two minutes: longer than any caller's timeout, short enough to be a mistake's bound. */
  static final long MAX_DELAY_MILLIS = 120_000;

  @Inject Simulation simulation;

  @Context HttpServletRequest request;

  @GET
  public SimulationSettings get() {
    return simulation.current();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public SimulationSettings set(SimulationSettings settings) {
    if (!fromThisMachine()) {
      throw new Refusal(403, "forbidden");
    }
    Integer delay = settings == null ? null : Messages.whole(settings.delayMillis());
    if (delay == null || delay < 0 || delay > MAX_DELAY_MILLIS) {
      throw new Refusal(400, "invalid_request");
    }
    simulation.set(
        new SimulationSettings(BigDecimal.valueOf(delay), Boolean.TRUE.equals(settings.failing())));
    return simulation.current();
  }

  private boolean fromThisMachine() {
    try {
      return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
