package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.marquee.it.AccountsIT.register;
import static org.marquee.it.AccountsIT.registration;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stored cards over real HTTP: tokenized by the built-in payment gateway (itself reached over
 * HTTP), replaced, removed, each invalid card refused, never found in any table, never reachable by
 * another account, and a 503 with nothing stored when the gateway cannot be reached.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentMethodsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject DatabaseProbe probe;

  private final String email =
      "card-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.COM";

  private HttpResponse<String> putCard(String auth, JsonObjectBuilder card) {
    return send("PUT", "/api/v1/accounts/me/payment-method", card.build().toString(), auth);
  }

  private static HttpResponse<String> send(String method, String path, String json, String auth) {
    return Http.send(method, path, json, "Authorization", auth);
  }

  private static JsonObjectBuilder card(String number) {
    return Json.createObjectBuilder()
        .add("cardNumber", number)
        .add("expMonth", 12)
        .add("expYear", LocalDate.now().getYear() + 3)
        .add("cvc", "123")
        .add("holderName", "Test Person");
  }

  @Test
  void aStoredCardIsTokenizedAndOnlyItsTokenKept() {
    register(registration(email));
    String auth = Http.basic(email, "correct horse");
    HttpResponse<String> saved = putCard(auth, card("4242 4242-4242 4242"));
    assertEquals(200, saved.statusCode(), saved.body());
    JsonObject method = Http.object(saved);
    assertEquals("VISA", method.getString("brand"));
    assertEquals("4242", method.getString("last4"));
    assertEquals(12, method.getInt("expMonth"));
    assertEquals("Test Person", method.getString("holderName"));
    assertFalse(saved.body().contains("4242424242424242"));
    assertFalse(saved.body().contains("token"), "the token stays inside");

    JsonObject me = Http.object(Http.get("/api/v1/accounts/me", "Authorization", auth));
    assertEquals("4242", me.getJsonObject("paymentMethod").getString("last4"));
    for (String table : List.of("payment_method", "payment_gateway.card", "account")) {
      assertEquals(0, probe.rowsContaining(table, "4242424242424242"), table);
    }

    HttpResponse<String> replaced = putCard(auth, card("5555555555554444"));
    assertEquals("MASTERCARD", Http.object(replaced).getString("brand"));
    assertEquals(
        "4444",
        Http.object(Http.get("/api/v1/accounts/me", "Authorization", auth))
            .getJsonObject("paymentMethod")
            .getString("last4"));

    assertEquals(204, send("DELETE", "/api/v1/accounts/me/payment-method", "", auth).statusCode());
    assertEquals(
        JsonValue.NULL,
        Http.object(Http.get("/api/v1/accounts/me", "Authorization", auth)).get("paymentMethod"));
    assertEquals(204, send("DELETE", "/api/v1/accounts/me/payment-method", "", auth).statusCode());
  }

  @Test
  void oneAccountNeverReachesAnothersCard() {
    register(registration(email));
    String other = "other-" + email;
    register(registration(other));
    String mine = Http.basic(email, "correct horse");
    String theirs = Http.basic(other, "correct horse");
    assertEquals(200, putCard(mine, card("4242424242424242")).statusCode());

    assertEquals(
        JsonValue.NULL,
        Http.object(Http.get("/api/v1/accounts/me", "Authorization", theirs)).get("paymentMethod"),
        "the other account sees only its own (no) card");
    assertEquals(
        204, send("DELETE", "/api/v1/accounts/me/payment-method", "", theirs).statusCode());
    assertEquals(
        "4242",
        Http.object(Http.get("/api/v1/accounts/me", "Authorization", mine))
            .getJsonObject("paymentMethod")
            .getString("last4"),
        "its delete did not touch mine");
  }

  @Test
  void invalidCardsAreBadRequestsAndStoreNothing() {
    register(registration(email));
    String auth = Http.basic(email, "correct horse");
    List<JsonObjectBuilder> invalid =
        List.of(
            card("4242424242424241"),
            card("1234"),
            card("4242424242424242").add("expMonth", 13),
            card("4242424242424242").add("expYear", 2020),
            card("4242424242424242")
                .add("expMonth", 1)
                .add("expYear", LocalDate.now().getYear() - 1),
            card("4242424242424242").add("cvc", "12"),
            card("4242424242424242").add("cvc", "abc"),
            card("4242424242424242").add("cvc", 123),
            card("4242424242424242").add("holderName", ""),
            card("4242424242424242").add("expMonth", "12"),
            card("4242424242424242").remove("cardNumber"));
    for (JsonObjectBuilder body : invalid) {
      CatalogApiIT.assertProblem(putCard(auth, body), 400);
    }
    CatalogApiIT.assertProblem(send("PUT", "/api/v1/accounts/me/payment-method", "{", auth), 400);
    assertEquals(
        JsonValue.NULL,
        Http.object(Http.get("/api/v1/accounts/me", "Authorization", auth)).get("paymentMethod"));
  }

  @Test
  void cardsNeedASignedInCustomer() {
    CatalogApiIT.assertProblem(
        Http.send(
            "PUT",
            "/api/v1/accounts/me/payment-method",
            card("4242424242424242").build().toString()),
        401);
    CatalogApiIT.assertProblem(Http.request("DELETE", "/api/v1/accounts/me/payment-method"), 401);
  }

  @Test
  void anUnreachableGatewayIsAnswered503AndStoresNothing() {
    register(registration(email));
    String auth = Http.basic(email, "correct horse");
    String before = System.getProperty("marquee.gateway.url");
    System.setProperty("marquee.gateway.url", "http://127.0.0.1:9/nowhere");
    try {
      HttpResponse<String> refused = putCard(auth, card("4242424242424242"));
      CatalogApiIT.assertProblem(refused, 503);
    } finally {
      if (before == null) {
        System.clearProperty("marquee.gateway.url");
      } else {
        System.setProperty("marquee.gateway.url", before);
      }
    }
    assertEquals(
        JsonValue.NULL,
        Http.object(Http.get("/api/v1/accounts/me", "Authorization", auth)).get("paymentMethod"));
  }
}
