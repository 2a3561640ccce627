package org.marquee.web.api.account;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.marquee.account.boundary.AccountService;
import org.marquee.account.boundary.AccountView;
import org.marquee.account.boundary.PaymentMethodService;
import org.marquee.account.boundary.PaymentMethodView;
import org.marquee.web.api.JsonBody;

/**
 * POST /accounts (registration, open to anyone), GET /accounts/me (the caller's account) and the
 * caller's stored card, PUT and DELETE /accounts/me/payment-method. The body is {@code {email,
 * password, displayName, birthDate?}}, read strictly ({@link JsonBody}).
 */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @Inject AccountService accounts;
  @Inject PaymentMethodService paymentMethods;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(JsonValue json, @Context UriInfo uri) {
    JsonBody body = JsonBody.of(json);
    AccountView account =
        accounts.register(
            body.string("email"),
            body.string("password"),
            body.string("displayName"),
            body.date("birthDate"));
    return Response.created(uri.getBaseUriBuilder().path("accounts/me").build())
        .entity(account)
        .build();
  }

  @GET
  @Path("me")
  public AccountView me() {
    return accounts.me();
  }

  /**
   * Stores a card: {@code {cardNumber, expMonth, expYear, cvc, holderName}}. The payment gateway
   * tokenizes it; only the token and what identifies the card to a person are kept.
   */
  @PUT
  @Path("me/payment-method")
  @Consumes(MediaType.APPLICATION_JSON)
  public PaymentMethodView savePaymentMethod(JsonValue json) {
    JsonBody body = JsonBody.of(json);
    return paymentMethods.save(
        body.string("cardNumber"),
        body.integer("expMonth"),
        body.integer("expYear"),
        body.string("cvc"),
        body.string("holderName"));
  }

  @DELETE
  @Path("me/payment-method")
  public Response removePaymentMethod() {
    accounts.removePaymentMethod();
    return Response.noContent().build();
  }
}
