package org.marquee.web.api.booking;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.marquee.booking.boundary.HoldService;
import org.marquee.booking.boundary.HoldView;
import org.marquee.booking.boundary.UnknownHoldException;
import org.marquee.web.api.JsonBody;
import org.marquee.web.api.Params;

/** POST /holds {@code {showtimeId, seatIds[]}} sets seats aside; DELETE /holds/{id} lets go. */
@Path("/holds")
@Produces(MediaType.APPLICATION_JSON)
public class HoldsResource {

  @Inject HoldService holds;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response hold(JsonValue json, @Context UriInfo uri) {
    JsonBody body = JsonBody.of(json);
    HoldView hold = holds.hold(body.id("showtimeId"), body.ids("seatIds", PurchaseJson.MAX_IDS));
    return Response.created(uri.getBaseUriBuilder().path("holds/{id}").build(hold.holdId()))
        .entity(hold)
        .build();
  }

  @DELETE
  @Path("{holdId}")
  public Response release(@PathParam("holdId") String holdId) {
    holds.release(Params.pathId(holdId, UnknownHoldException::new));
    return Response.noContent().build();
  }
}
