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
import org.marquee.account.boundary.AccountService;
import org.marquee.account.boundary.AccountView;
import org.marquee.account.boundary.PaymentMethodService;
import org.marquee.account.boundary.PaymentMethodView;
import org.marquee.booking.boundary.OrderView;
import org.marquee.ticket.boundary.TicketService;
import org.marquee.ticket.boundary.TicketView;
import org.marquee.ticket.boundary.TicketWhen;
import org.marquee.web.api.JsonBody;
import org.marquee.web.api.Params;
import org.marquee.web.api.Problem;

/**
 * POST /accounts (registration, open to anyone), GET /accounts/me (the caller's account) and the
 * caller's stored card, PUT and DELETE /accounts/me/payment-method. The body is {@code {email,
 * password, displayName, birthDate?}}, read strictly ({@link JsonBody}).
 */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountsResource {

  @Inject AccountService accounts;
  @Inject PaymentMethodService paymentMethods;
  @Inject TicketService tickets;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "registerAccount",
      summary = "Register an account",
      description = "Open to anyone; the account gets the role CUSTOMER.")
  @Parameter(ref = "X-Request-Id")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = {"email", "password", "displayName"},
                      properties = {
                        @SchemaProperty(
                            name = "email",
                            type = SchemaType.STRING,
                            format = "email",
                            maxLength = 254),
                        @SchemaProperty(
                            name = "password",
                            type = SchemaType.STRING,
                            minLength = 8,
                            maxLength = 128),
                        @SchemaProperty(
                            name = "displayName",
                            type = SchemaType.STRING,
                            minLength = 1,
                            maxLength = 100),
                        @SchemaProperty(
                            name = "birthDate",
                            type = SchemaType.STRING,
                            format = "date",
                            description = "Optional; not in the future")
                      })))
  @APIResponse(
      responseCode = "201",
      description = "The new account",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = AccountView.class)))
  @APIResponse(ref = "BadRequest")
  @APIResponse(
      responseCode = "409",
      description = "The email is already registered, in any letter case",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
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
  @Operation(
      operationId = "getMyAccount",
      summary = "Read the caller's account",
      description =
          "The signed-in account: birthDate and paymentMethod are null when none was given or stored.")
  @SecurityRequirement(name = "basic")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "200", description = "The account, with its stored card if any")
  @APIResponse(ref = "Unauthorized")
  @APIResponse(ref = "TooManySignInFailures")
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
  @Operation(
      operationId = "savePaymentMethod",
      summary = "Store the caller's card",
      description =
          "Replaces any stored card. The payment gateway tokenizes it; neither the number nor the"
              + " cvc is kept.")
  @SecurityRequirement(name = "basic")
  @Parameter(ref = "X-Request-Id")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = {
                        "cardNumber",
                        "expMonth",
                        "expYear",
                        "cvc",
                        "holderName"
                      },
                      properties = {
                        @SchemaProperty(
                            name = "cardNumber",
                            type = SchemaType.STRING,
                            description = "Spaces and dashes are ignored",
                            example = "4242 4242 4242 4242"),
                        @SchemaProperty(name = "expMonth", type = SchemaType.INTEGER),
                        @SchemaProperty(name = "expYear", type = SchemaType.INTEGER),
                        @SchemaProperty(name = "cvc", type = SchemaType.STRING),
                        @SchemaProperty(name = "holderName", type = SchemaType.STRING)
                      })))
  @APIResponse(responseCode = "200", description = "The stored card")
  @APIResponse(
      responseCode = "400",
      description =
          "A card that fails the Luhn check, has expired or has a bad cvc; a field missing",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(ref = "Unauthorized")
  @APIResponse(ref = "TooManySignInFailures")
  @APIResponse(ref = "Unavailable")
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
  @Operation(
      operationId = "listMyOrders",
      summary = "List the caller's orders",
      description = "Newest first.")
  @SecurityRequirement(name = "basic")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "200", description = "The orders")
  @APIResponse(ref = "BadRequest")
  @APIResponse(ref = "Unauthorized")
  @APIResponse(ref = "TooManySignInFailures")
  public List<OrderView> orders(
      @Parameter(ref = "limit") @QueryParam("limit") String limit,
      @Parameter(ref = "offset") @QueryParam("offset") String offset) {
    return tickets.myOrders(Params.limit(limit), Params.offset(offset));
  }

  /** The caller's tickets: {@code when=upcoming} (default) or {@code past}. */
  @GET
  @Path("me/tickets")
  @Operation(
      operationId = "listMyTickets",
      summary = "List the caller's tickets",
      description = "Tickets of every status.")
  @SecurityRequirement(name = "basic")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "200", description = "The tickets")
  @APIResponse(ref = "BadRequest")
  @APIResponse(ref = "Unauthorized")
  @APIResponse(ref = "TooManySignInFailures")
  public List<TicketView> tickets(
      @Parameter(
              description =
                  "upcoming: showtimes not yet ended, by startsAt; past: ended, newest first",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"upcoming", "past"},
                      defaultValue = "upcoming"))
          @QueryParam("when")
          String when,
      @Parameter(ref = "limit") @QueryParam("limit") String limit,
      @Parameter(ref = "offset") @QueryParam("offset") String offset) {
    return tickets.myTickets(
        Params.optionalEnum("when", when, TicketWhen.class, TicketWhen.UPCOMING),
        Params.limit(limit),
        Params.offset(offset));
  }

  @DELETE
  @Path("me/payment-method")
  @Operation(
      operationId = "deletePaymentMethod",
      summary = "Remove the caller's stored card",
      description = "Forgets the stored card; later purchases need a card again.")
  @SecurityRequirement(name = "basic")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "204", description = "No card is stored, also when none was")
  @APIResponse(ref = "Unauthorized")
  @APIResponse(ref = "TooManySignInFailures")
  public Response removePaymentMethod() {
    accounts.removePaymentMethod();
    return Response.noContent().build();
  }
}
