package org.marquee.paymentgateway.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.marquee.paymentgateway.api.Messages.CardDetails;
import org.marquee.paymentgateway.api.Messages.Token;
import org.marquee.paymentgateway.ledger.Processor;
import org.marquee.paymentgateway.ledger.Refusal;

/**
 * {@code POST /tokens} {@code {number, expMonth, expYear, cvc, holderName}}, with an optional
 * {@code Idempotency-Key}: 201 {@code {token, brand, last4, expMonth, expYear}}, the same token for
 * the same key and card; 400 {@code invalid_card}; 409 for the key with another card.
 */
@Path("tokens")
@Simulated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

  @Inject Processor processor;

  @POST
  public Response tokenize(@HeaderParam("Idempotency-Key") String key, CardDetails card) {
    if (card == null) {
      throw new Refusal(400, "invalid_request");
    }
    Token token =
        Token.of(
            processor.tokenize(
                key,
                card.number(),
                Messages.whole(card.expMonth()),
                Messages.whole(card.expYear()),
                card.cvc(),
                card.holderName()));
    return Response.status(201).entity(token).build();
  }
}
