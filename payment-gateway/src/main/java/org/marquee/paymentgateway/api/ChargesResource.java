package org.marquee.paymentgateway.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.marquee.paymentgateway.api.Messages.ChargeAnswer;
import org.marquee.paymentgateway.api.Messages.ChargeRequest;
import org.marquee.paymentgateway.ledger.Charge;
import org.marquee.paymentgateway.ledger.Processor;
import org.marquee.paymentgateway.ledger.Refusal;

/**
 * The ledger over HTTP.
 *
 * <ul>
 *   <li>{@code POST /charges} with an {@code Idempotency-Key}, {@code {token, amountCents,
 *       currency, capture}}: 201 with the charge ({@code CAPTURED}, or {@code AUTHORIZED} when
 *       {@code capture} is false), 402 with the {@code DECLINED} charge and its {@code
 *       declineCode}; the same key again answers the same; another request under it is a 409.
 *   <li>{@code GET /charges?idempotencyKey=K}, {@code GET /charges/{id}}: the charge, or 404.
 *   <li>{@code POST /charges/{id}/capture}; {@code POST /charges/{id}/refund} with an {@code
 *       Idempotency-Key}: the charge, refunded once whatever the repeats.
 * </ul>
 */
@Path("charges")
@Simulated
@Produces(MediaType.APPLICATION_JSON)
public class ChargesResource {

  @Inject Processor processor;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response charge(@HeaderParam("Idempotency-Key") String key, ChargeRequest request) {
    if (request == null) {
      throw new Refusal(400, "invalid_request");
    }
    Charge charge =
        processor.charge(
            key,
            request.token(),
            Messages.whole(request.amountCents()),
            request.currency(),
            request.capture() == null || request.capture());
    return answer(charge.getStatus() == Charge.Status.DECLINED ? 402 : 201, charge);
  }

  @GET
  public Response byKey(@QueryParam("idempotencyKey") String key) {
    return answer(200, processor.findByKey(key).orElseThrow(ChargesResource::unknown));
  }

  @GET
  @Path("{id}")
  public Response byId(@PathParam("id") String id) {
    return answer(200, processor.find(id).orElseThrow(ChargesResource::unknown));
  }

  @POST
  @Path("{id}/capture")
  public Response capture(@PathParam("id") String id) {
    return answer(200, processor.capture(id));
  }

  @POST
  @Path("{id}/refund")
  public Response refund(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String key) {
    return answer(200, processor.refund(id, key));
  }

  private static Response answer(int status, Charge charge) {
    return Response.status(status).entity(ChargeAnswer.of(charge)).build();
  }

  private static Refusal unknown() {
    return new Refusal(404, "unknown_charge");
  }
}
