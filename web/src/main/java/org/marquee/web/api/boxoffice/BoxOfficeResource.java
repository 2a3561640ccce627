package org.marquee.web.api.boxoffice;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.marquee.booking.boundary.BoxOfficeService;
import org.marquee.booking.boundary.OrderView;
import org.marquee.web.api.JsonBody;
import org.marquee.web.api.booking.PurchaseJson;

/**
 * POST /box-office/sales {@code {showtimeId, seatIds[], payment}} for clerks and administrators: a
 * walk-in sale, paid {@code {"method": "cash"}} or by card, honouring {@code Idempotency-Key}.
 */
@Path("/box-office")
@Produces(MediaType.APPLICATION_JSON)
public class BoxOfficeResource {

  @Inject BoxOfficeService boxOffice;

  @POST
  @Path("sales")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response sell(
      JsonValue json, @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
    JsonBody body = JsonBody.of(json);
    OrderView order =
        boxOffice.sell(
            body.id("showtimeId"),
            body.ids("seatIds", PurchaseJson.MAX_IDS),
            PurchaseJson.payment(body),
            idempotencyKey);
    return Response.created(uri.getBaseUriBuilder().path("orders/{id}").build(order.id()))
        .entity(order)
        .build();
  }
}
