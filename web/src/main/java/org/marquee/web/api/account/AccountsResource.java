package org.marquee.web.api.account;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.marquee.account.boundary.AccountService;
import org.marquee.account.boundary.AccountView;
import org.marquee.web.api.JsonBody;

/**
 * POST /accounts (registration, open to anyone) and GET /accounts/me (the caller's account). The
 * body is {@code {email, password, displayName, birthDate?}}, read strictly ({@link JsonBody}).
 */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @Inject AccountService accounts;

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
}
