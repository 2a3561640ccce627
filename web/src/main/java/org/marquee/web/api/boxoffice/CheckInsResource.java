package org.marquee.web.api.boxoffice;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marquee.ticket.boundary.CheckInService;
import org.marquee.ticket.boundary.TicketView;
import org.marquee.web.api.JsonBody;
import org.marquee.web.api.Problem;

/**
 * POST /check-ins {@code {code}} at the door: 200 with the ticket now USED; 409 used before; 410
 * cancelled or its showtime ended; 404 no such code.
 */
@Path("/check-ins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Box office")
@SecurityRequirement(name = "basic")
@APIResponse(ref = "Unauthorized")
@APIResponse(ref = "Forbidden")
@APIResponse(ref = "TooManySignInFailures")
public class CheckInsResource {

  @Inject CheckInService door;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "checkInTicket",
      summary = "Check a ticket in at the door",
      description = "Doors open any time before the showtime ends.")
  @Parameter(ref = "X-Request-Id")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = "code",
                      properties =
                          @SchemaProperty(
                              name = "code",
                              type = SchemaType.STRING,
                              description = "The ticket's code, as in its QR code"))))
  @APIResponse(responseCode = "200", description = "The ticket, now USED")
  @APIResponse(ref = "BadRequest")
  @APIResponse(
      responseCode = "404",
      description = "No ticket has this code",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "The ticket was used before",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "410",
      description = "The showtime has ended, or the ticket was cancelled",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public TicketView checkIn(JsonValue json) {
    return door.checkIn(JsonBody.of(json).string("code"));
  }
}
