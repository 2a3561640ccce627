package org.marquee.payment.control.http;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The payment gateway's HTTP API, as the MicroProfile REST Client calls it. */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface GatewayApi extends AutoCloseable {

  /** {@code {number, expMonth, expYear, cvc, holderName}} → {@code {token, brand, last4, ...}}. */
  @POST
  @Path("tokens")
  JsonObject tokenize(JsonObject card);
}
