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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marquee.seating.boundary.HoldService;
import org.marquee.seating.boundary.HoldView;
import org.marquee.seating.boundary.UnknownHoldException;
import org.marquee.web.api.JsonBody;
import org.marquee.web.api.Params;
import org.marquee.web.api.Problem;

/** POST /holds {@code {showtimeId, seatIds[]}} sets seats aside; DELETE /holds/{id} lets go. */
@Path("/holds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Holds")
@SecurityRequirement(name = "basic")
@APIResponse(ref = "Unauthorized")
@APIResponse(ref = "TooManySignInFailures")
public class HoldsResource {

  @Inject HoldService holds;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createHold",
      summary = "Hold seats",
      description =
          "Sets seats of a showtime aside for the caller until expiresAt (10 minutes unless"
              + " configured otherwise); an expired hold frees its seats by itself.")
  @Parameter(ref = "X-Request-Id")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = {"showtimeId", "seatIds"},
                      properties = {
                        @SchemaProperty(
                            name = "showtimeId",
                            type = SchemaType.INTEGER,
                            format = "int64"),
                        @SchemaProperty(name = "seatIds", ref = "SeatIds")
                      })))
  @APIResponse(
      responseCode = "201",
      description = "The hold",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = HoldView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "No seats, more than 10, a seat not of that showtime, a showtime already started",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(ref = "ShowtimeNotFound")
  @APIResponse(
      responseCode = "409",
      description = "Seats are taken: unavailableSeatIds names them",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response hold(JsonValue json, @Context UriInfo uri) {
    JsonBody body = JsonBody.of(json);
    HoldView hold = holds.hold(body.id("showtimeId"), body.ids("seatIds", PurchaseJson.MAX_IDS));
    return Response.created(uri.getBaseUriBuilder().path("holds/{id}").build(hold.holdId()))
        .entity(hold)
        .build();
  }

  @DELETE
  @Path("{holdId}")
  @Operation(
      operationId = "releaseHold",
      summary = "Release a hold",
      description = "Its seats are free again. A hold that has already ended is left as it is.")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "204", description = "Released")
  @APIResponse(ref = "NotFound")
  public Response release(
      @Parameter(description = "The hold's id") @PathParam("holdId") String holdId) {
    holds.release(Params.pathId(holdId, UnknownHoldException::new));
    return Response.noContent().build();
  }
}
