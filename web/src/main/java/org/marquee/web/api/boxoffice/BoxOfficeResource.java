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
@Tag(name = "Box office")
@SecurityRequirement(name = "basic")
@APIResponse(ref = "Unauthorized")
@APIResponse(ref = "Forbidden")
@APIResponse(ref = "TooManySignInFailures")
public class BoxOfficeResource {

  @Inject BoxOfficeService boxOffice;

  @POST
  @Path("sales")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createBoxOfficeSale",
      summary = "Sell seats at the counter",
      description =
          "A walk-in sale, paid in cash or by card; the order has no account and records the"
              + " clerk. House seats kept for the box office can be sold here.")
  @Parameter(ref = "X-Request-Id")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = {"showtimeId", "seatIds", "payment"},
                      properties = {
                        @SchemaProperty(
                            name = "showtimeId",
                            type = SchemaType.INTEGER,
                            format = "int64"),
                        @SchemaProperty(name = "seatIds", ref = "SeatIds"),
                        @SchemaProperty(
                            name = "payment",
                            ref = "Payment",
                            description = "cash or card; a walk-in has no saved card")
                      })))
  @APIResponse(
      responseCode = "201",
      description = "The order, channel BOX_OFFICE",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(ref = "BadRequest")
  @APIResponse(ref = "PaymentDeclined")
  @APIResponse(ref = "ShowtimeNotFound")
  @APIResponse(ref = "PurchaseConflict")
  @APIResponse(ref = "IdempotencyKeyReused")
  @APIResponse(ref = "Unavailable")
  public Response sell(
      JsonValue json,
      @Parameter(ref = "Idempotency-Key") @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uri) {
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
