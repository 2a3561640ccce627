package org.marquee.web.api.boxoffice;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.marquee.booking.boundary.TicketView;
import org.marquee.ticket.boundary.CheckInService;
import org.marquee.web.api.JsonBody;

/**
 * POST /check-ins {@code {code}} at the door: 200 with the ticket now USED; 409 used before; 410
 * cancelled or its showtime ended; 404 no such code.
 */
@Path("/check-ins")
@Produces(MediaType.APPLICATION_JSON)
public class CheckInsResource {

  @Inject CheckInService door;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketView checkIn(JsonValue json) {
    return door.checkIn(JsonBody.of(json).string("code"));
  }
}
