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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.marquee.account.boundary.AccountService;
import org.marquee.account.boundary.AccountView;
import org.marquee.account.boundary.PaymentMethodService;
import org.marquee.account.boundary.PaymentMethodView;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.boundary.TicketService;
import org.marquee.booking.boundary.TicketView;
import org.marquee.booking.boundary.TicketWhen;
import org.marquee.web.api.JsonBody;
import org.marquee.web.api.Params;

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
  @Inject TicketService tickets;

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

  /** The caller's orders, newest first. */
  @GET
  @Path("me/orders")
  public List<OrderView> orders(
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    return tickets.myOrders(Params.limit(limit), Params.offset(offset));
  }

  /** The caller's tickets: {@code when=upcoming} (default) or {@code past}. */
  @GET
  @Path("me/tickets")
  public List<TicketView> tickets(
      @QueryParam("when") String when,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    return tickets.myTickets(
        Params.optionalEnum("when", when, TicketWhen.class, TicketWhen.UPCOMING),
        Params.limit(limit),
        Params.offset(offset));
  }

  @DELETE
  @Path("me/payment-method")
  public Response removePaymentMethod() {
    accounts.removePaymentMethod();
    return Response.noContent().build();
  }
}
