package org.marquee.web.api.booking;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.CompletionStage;
import org.marquee.booking.boundary.OrderService;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.boundary.TicketService;
import org.marquee.booking.boundary.UnknownOrderException;
import org.marquee.web.api.JsonBody;
import org.marquee.web.api.Params;

/**
 * POST /orders buys seats (or a hold) and pays, honouring {@code Idempotency-Key}; GET
 * /orders/{id}; POST /orders/{id}/cancel refunds before the showtime starts.
 */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

  @Inject OrderService orders;
  @Inject TicketService tickets;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public CompletionStage<Response> purchase(
      JsonValue json, @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
    UriBuilder orders = uri.getBaseUriBuilder().path("orders/{id}");
    // answered when the purchase's turn has come and gone; the request thread is free meanwhile
    return this.orders
        .purchaseInTurn(PurchaseJson.command(JsonBody.of(json)), idempotencyKey)
        .thenApply(order -> Response.created(orders.build(order.id())).entity(order).build());
  }

  @GET
  @Path("{orderId}")
  public OrderView get(@PathParam("orderId") String orderId) {
    return tickets.order(Params.pathId(orderId, UnknownOrderException::new));
  }

  @POST
  @Path("{orderId}/cancel")
  public OrderView cancel(@PathParam("orderId") String orderId) {
    return orders.cancel(Params.pathId(orderId, UnknownOrderException::new));
  }
}
