package org.marquee.web.api.booking;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.marquee.booking.boundary.TicketService;
import org.marquee.booking.boundary.TicketView;
import org.marquee.booking.boundary.UnknownTicketException;
import org.marquee.web.api.Params;
import org.marquee.web.site.tickets.QrCodes;

/** GET /tickets/{id} and its QR code, GET /tickets/{id}/qr (PNG of the ticket's code). */
@Path("/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

  @Inject TicketService tickets;

  @GET
  @Path("{ticketId}")
  public TicketView get(@PathParam("ticketId") String ticketId) {
    return tickets.ticket(Params.pathId(ticketId, UnknownTicketException::new));
  }

  @GET
  @Path("{ticketId}/qr")
  @Produces("image/png")
  public Response qr(@PathParam("ticketId") String ticketId) {
    TicketView ticket = tickets.ticket(Params.pathId(ticketId, UnknownTicketException::new));
    CacheControl cache = new CacheControl();
    cache.setPrivate(true);
    cache.setMaxAge(3600);
    return Response.ok(QrCodes.png(ticket.code(), 320), "image/png").cacheControl(cache).build();
  }
}
