package org.marquee.payment.control.http;

import jakarta.json.JsonObject;
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

/**
 * The payment gateway's HTTP API, as the MicroProfile REST Client calls it (the simulated processor
 * of the payment-gateway module answers the same API). Answers come back as responses, whatever
 * their status, so that a decline (402) is an outcome, not an exception.
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface GatewayApi extends AutoCloseable {

  /** {@code {number, expMonth, expYear, cvc, holderName}} → {@code {token, brand, last4, ...}}. */
  @POST
  @Path("tokens")
  Response tokenize(@HeaderParam("Idempotency-Key") String idempotencyKey, JsonObject card);

  /** {@code {token, amountCents, currency, capture}} → 201 or 402 with the charge. */
  @POST
  @Path("charges")
  Response charge(@HeaderParam("Idempotency-Key") String idempotencyKey, JsonObject charge);

  @POST
  @Path("charges/{id}/refund")
  Response refund(@PathParam("id") String chargeId, @HeaderParam("Idempotency-Key") String key);

  @GET
  @Path("charges")
  Response find(@QueryParam("idempotencyKey") String idempotencyKey);
}
