package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built-in payment gateway as a service of its own, over its HTTP API: tokens, charges and
 * refunds each honour an idempotency key (the same request again gets the same answer, the key with
 * another request is refused), the test cards decline, and a failing gateway does nothing.
 */
@ExtendWith(ArquillianExtension.class)
class GatewayIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  private static final String GATEWAY = Http.gateway();

  private static HttpResponse<String> post(String path, String key, JsonObject body) {
    return key == null
        ? Http.post(GATEWAY + path, body.toString())
        : Http.post(GATEWAY + path, body.toString(), "Idempotency-Key", key);
  }

  private static JsonObject card(String number) {
    return Json.createObjectBuilder()
        .add("number", number)
        .add("expMonth", 11)
        .add("expYear", LocalDate.now().getYear() + 1)
        .add("cvc", "321")
        .add("holderName", "Gateway Tester")
        .build();
  }

  private static String token(String number) {
    return Http.object(post("/tokens", null, card(number))).getString("token");
  }

  private static JsonObject charge(String token, int cents) {
    return Json.createObjectBuilder()
        .add("token", token)
        .add("amountCents", cents)
        .add("currency", "EUR")
        .build();
  }

  @Test
  void aTokenIsMadeOncePerKey() {
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = post("/tokens", key, card(Buyer.APPROVED));
    HttpResponse<String> again = post("/tokens", key, card(Buyer.APPROVED));
    assertEquals(201, first.statusCode(), first.body());
    assertEquals(Http.object(first).getString("token"), Http.object(again).getString("token"));
    assertEquals(409, post("/tokens", key, card("5555555555554444")).statusCode());
    assertNotEquals(token(Buyer.APPROVED), token(Buyer.APPROVED), "without a key, a new token");
    assertEquals(400, post("/tokens", null, card("4242424242424241")).statusCode());
  }

  @Test
  void aChargeIsMadeOncePerKeyAndRefundedOnce() {
    String token = token(Buyer.APPROVED);
    String key = UUID.randomUUID().toString();
    HttpResponse<String> charged = post("/charges", key, charge(token, 1250));
    assertEquals(201, charged.statusCode(), charged.body());
    JsonObject charge = Http.object(charged);
    assertEquals("CAPTURED", charge.getString("status"));
    assertEquals(1250, charge.getInt("amountCents"));
    assertEquals(charge, Http.object(post("/charges", key, charge(token, 1250))), "same answer");
    assertEquals(409, post("/charges", key, charge(token, 999)).statusCode(), "key reused");
    assertEquals(400, post("/charges", null, charge(token, 1250)).statusCode(), "key required");
    assertEquals(charge, Http.object(Http.get(GATEWAY + "/charges?idempotencyKey=" + key)));
    assertEquals(404, Http.get(GATEWAY + "/charges?idempotencyKey=never-used").statusCode());

    String id = charge.getString("id");
    String refundKey = UUID.randomUUID().toString();
    JsonObject refunded =
        Http.object(
            post("/charges/" + id + "/refund", refundKey, Json.createObjectBuilder().build()));
    assertEquals("REFUNDED", refunded.getString("status"));
    assertEquals(
        200,
        post("/charges/" + id + "/refund", refundKey, Json.createObjectBuilder().build())
            .statusCode(),
        "the same refund again");
    assertEquals(
        409,
        post("/charges/" + id + "/refund", "another", Json.createObjectBuilder().build())
            .statusCode(),
        "no second refund");
  }

  @Test
  void theTestCardsDeclineAndAnAuthorizationCanBeCaptured() {
    HttpResponse<String> declined =
        post("/charges", UUID.randomUUID().toString(), charge(token(Buyer.NO_FUNDS), 500));
    assertEquals(402, declined.statusCode());
    assertEquals("insufficient_funds", Http.object(declined).getString("declineCode"));

    JsonObject authorization =
        Json.createObjectBuilder(charge(token(Buyer.APPROVED), 700)).add("capture", false).build();
    JsonObject authorized =
        Http.object(post("/charges", UUID.randomUUID().toString(), authorization));
    assertEquals("AUTHORIZED", authorized.getString("status"));
    HttpResponse<String> captured =
        post(
            "/charges/" + authorized.getString("id") + "/capture",
            null,
            Json.createObjectBuilder().build());
    assertEquals("CAPTURED", Http.object(captured).getString("status"));
  }

  @Test
  void aFailingGatewayDoesNothing() throws Exception {
    String token = token(Buyer.APPROVED);
    String key = UUID.randomUUID().toString();
    try (GatewaySwitch failing = GatewaySwitch.failing()) {
      assertEquals(503, post("/charges", key, charge(token, 100)).statusCode());
    }
    assertEquals(404, Http.get(GATEWAY + "/charges?idempotencyKey=" + key).statusCode());
  }
}
