package org.marquee.web.api.booking;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marquee.ticket.boundary.TicketService;
import org.marquee.ticket.boundary.TicketView;
import org.marquee.ticket.boundary.UnknownTicketException;
import org.marquee.web.api.Params;
import org.marquee.web.site.tickets.QrCodes;

/** GET /tickets/{id} and its QR code, GET /tickets/{id}/qr (PNG of the ticket's code). */
@Path("/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
@SecurityRequirement(name = "basic")
@APIResponse(ref = "Unauthorized")
@APIResponse(ref = "TooManySignInFailures")
public class TicketsResource {

  @Inject TicketService tickets;

  @GET
  @Path("{ticketId}")
  @Operation(
      operationId = "getTicket",
      summary = "Read one of the caller's tickets",
      description =
          "A ticket of one of the caller's orders, of any status; another account's ticket is 404.")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "200", description = "The ticket")
  @APIResponse(ref = "NotFound")
  public TicketView get(
      @Parameter(description = "The ticket's id") @PathParam("ticketId") String ticketId) {
    return tickets.ticket(Params.pathId(ticketId, UnknownTicketException::new));
  }

  @GET
  @Path("{ticketId}/qr")
  @Produces("image/png")
  @Operation(
      operationId = "getTicketQrCode",
      summary = "Read a ticket's QR code",
      description = "A PNG of the ticket's code, the value the door scans.")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(
      responseCode = "200",
      description = "The QR code",
      content =
          @Content(
              mediaType = "image/png",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(ref = "NotFound")
  public Response qr(
      @Parameter(description = "The ticket's id") @PathParam("ticketId") String ticketId) {
    TicketView ticket = tickets.ticket(Params.pathId(ticketId, UnknownTicketException::new));
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setMaxAge(3600);
    return Response.ok(QrCodes.png(ticket.code(), 320), "image/png").cacheControl(cache).build();
  }
}
