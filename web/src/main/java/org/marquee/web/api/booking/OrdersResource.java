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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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
import org.marquee.booking.boundary.OrderService;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.boundary.UnknownOrderException;
import org.marquee.platform.BusinessException;
import org.marquee.ticket.boundary.TicketService;
import org.marquee.web.api.ExceptionMappers;
import org.marquee.web.api.JsonBody;
import org.marquee.web.api.Params;
import org.marquee.web.api.Problem;

/**
 * POST /orders buys seats (or a hold) and pays, honouring {@code Idempotency-Key}; GET
 * /orders/{id}; POST /orders/{id}/cancel refunds before the showtime starts.
 */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@SecurityRequirement(name = "basic")
@APIResponse(ref = "Unauthorized")
@APIResponse(ref = "TooManySignInFailures")
public class OrdersResource {

  @Inject OrderService orders;
  @Inject TicketService tickets;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createOrder",
      summary = "Buy seats",
      description =
          "Buys seats of a showtime ({showtimeId, seatIds}) or the seats of the caller's hold"
              + " ({holdId}), and pays. A seat is sold at most once, whatever the concurrency.")
  @Parameter(ref = "X-Request-Id")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description = "Either holdId, or showtimeId with seatIds; and payment",
                      requiredProperties = "payment",
                      properties = {
                        @SchemaProperty(
                            name = "showtimeId",
                            type = SchemaType.INTEGER,
                            format = "int64"),
                        @SchemaProperty(name = "seatIds", ref = "SeatIds"),
                        @SchemaProperty(
                            name = "holdId",
                            type = SchemaType.INTEGER,
                            format = "int64"),
                        @SchemaProperty(
                            name = "payment",
                            ref = "Payment",
                            description = "saved or card; cash only at the box office")
                      })))
  @APIResponse(
      responseCode = "201",
      description = "The order, CONFIRMED",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(ref = "BadRequest")
  @APIResponse(ref = "PaymentDeclined")
  @APIResponse(
      responseCode = "404",
      description = "No such showtime, or no such hold of the caller's",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(ref = "PurchaseConflict")
  @APIResponse(ref = "IdempotencyKeyReused")
  @APIResponse(ref = "Unavailable")
  public CompletionStage<Response> purchase(
      JsonValue json,
      @Parameter(ref = "Idempotency-Key") @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uri) {
    UriBuilder orders = uri.getBaseUriBuilder().path("orders/{id}");
    CompletionStage<OrderView> purchase;
    try {
      purchase =
          this.orders.purchaseInTurn(PurchaseJson.command(JsonBody.of(json)), idempotencyKey);
    } catch (BusinessException refused) {
      return CompletableFuture.completedFuture(ExceptionMappers.toResponse(refused));
    }
    // answered when the purchase's turn has come and gone; the request thread is free meanwhile.
    // Failures become their answers here, not in a mapper: the queue answers its waiting purchases
    // while the application stops, when mappers can no longer be looked up
    return purchase.handle(
        (order, failure) ->
            failure == null
                ? Response.created(orders.build(order.id())).entity(order).build()
                : ExceptionMappers.toResponse(failure));
  }

  @GET
  @Path("{orderId}")
  @Operation(
      operationId = "getOrder",
      summary = "Read an order",
      description = "Open to the order's owner and to any CLERK or ADMIN.")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "200", description = "The order")
  @APIResponse(ref = "NotFound")
  public OrderView get(
      @Parameter(description = "The order's id") @PathParam("orderId") String orderId) {
    return tickets.order(Params.pathId(orderId, UnknownOrderException::new));
  }

  @POST
  @Path("{orderId}/cancel")
  @Operation(
      operationId = "cancelOrder",
      summary = "Cancel an order",
      description =
          "Refunds the caller's order before its showtime: the seats are free again, the"
              + " tickets CANCELLED. An order already refunded is answered as it is.")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "200", description = "The order, REFUNDED")
  @APIResponse(ref = "NotFound")
  @APIResponse(
      responseCode = "409",
      description = "The showtime has started, or a ticket was used at the door",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public OrderView cancel(
      @Parameter(description = "The order's id") @PathParam("orderId") String orderId) {
    return orders.cancel(Params.pathId(orderId, UnknownOrderException::new));
  }
}
