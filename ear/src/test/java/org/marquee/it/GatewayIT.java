package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The simulated payment gateway as a service of its own, over its HTTP API: tokens, charges and
 * refunds each honour an idempotency key (the same request again gets the same answer, the key with
 * another request is refused), the test cards decline, and a failing gateway does nothing. It is a
 * deployment apart from Marquee's EAR, listening on loopback only, and answers malformed requests
 * as a processor would ({@code 4xx} with an error code), never with a 5xx.
 */
@ExtendWith(ArquillianExtension.class)
class GatewayIT {

  @Deployment(testable = false)
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

  @Test
  void malformedRequestsAreRefusedWithAnErrorCodeNeverA5xx() throws Exception {
    String token = token(Buyer.APPROVED);
    String key = UUID.randomUUID().toString();
    for (String body :
        new String[] {
          "{",
          "[]",
          "\"text\"",
          "{\"token\": \"" + token + "\", \"amountCents\": \"ten\", \"currency\": \"EUR\"}",
          "{\"token\": \"" + token + "\", \"amountCents\": 1e30, \"currency\": \"EUR\"}",
          "{\"token\": \"" + token + "\", \"amountCents\": 4294967396, \"currency\": \"EUR\"}",
          "{\"token\": \"" + token + "\", \"amountCents\": 12.5, \"currency\": \"EUR\"}",
          "{\"token\": \"" + token + "\", \"amountCents\": -5, \"currency\": \"EUR\"}",
          "{\"token\": \"" + token + "\", \"amountCents\": 100, \"currency\": \"euro\"}",
          "{\"token\": \"tok_nobody\", \"amountCents\": 100, \"currency\": \"EUR\"}",
          "{\"token\": \"" + "x".repeat(5000) + "\", \"amountCents\": 100, \"currency\": \"EUR\"}",
        }) {
      HttpResponse<String> answer = Http.post(GATEWAY + "/charges", body, "Idempotency-Key", key);
      assertEquals(400, answer.statusCode(), body + " -> " + answer.body());
      assertTrue(Http.object(answer).containsKey("error"), answer.body());
    }
    assertEquals(404, Http.get(GATEWAY + "/charges?idempotencyKey=" + key).statusCode());
    assertEquals(404, Http.get(GATEWAY + "/nothing-here").statusCode());
    assertEquals(405, Http.request("DELETE", GATEWAY + "/charges").statusCode());
    HttpResponse<String> plain =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(GATEWAY + "/tokens"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(415, plain.statusCode(), plain.body());
    assertEquals(
        400, Http.send("PUT", GATEWAY + "/simulation", "{\"delayMillis\": -1}").statusCode());
    assertEquals(
        400, Http.send("PUT", GATEWAY + "/simulation", "{\"delayMillis\": 999999}").statusCode());
    assertEquals(
        400,
        Http.send("PUT", GATEWAY + "/simulation", "{\"delayMillis\": 18446744073709551616}")
            .statusCode());
    JsonObject wildExpiry = card(Buyer.APPROVED);
    wildExpiry = Json.createObjectBuilder(wildExpiry).add("expMonth", 4294967308L).build();
    assertEquals(400, post("/tokens", null, wildExpiry).statusCode(), "no month 12 by overflow");
    assertEquals("{\"delayMillis\":0,\"failing\":false}", Http.get(GATEWAY + "/simulation").body());
  }

  /**
   * The simulator authenticates nobody, so it must not be reachable from elsewhere: its listener is
   * bound to loopback (wildfly-config/simulator/payment-gateway.cli), whatever the site's own
   * listener is bound to, and it is no part of the EAR a production server deploys.
   */
  @Test
  void theSimulatorListensOnLoopbackOnlyAndIsNoPartOfMarquee() throws Exception {
    int port = URI.create(GATEWAY).getPort();
    List<InetAddress> elsewhere =
        NetworkInterface.networkInterfaces()
            .flatMap(NetworkInterface::inetAddresses)
            .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
            .toList();
    for (InetAddress address : elsewhere) {
      try (Socket socket = new Socket()) {
        assertThrows(
            ConnectException.class,
            () -> socket.connect(new InetSocketAddress(address, port), 2000),
            "the simulator answered on " + address);
      }
    }
    String config =
        Files.readString(
            Path.of(
                System.getProperty("jboss.home"),
                "standalone/configuration/standalone-full-ha.xml"));
    assertTrue(
        config.contains("<socket-binding name=\"gateway-http\" interface=\"gateway\""), config);
    assertTrue(
        config.contains(
            "<inet-address value=\"${marquee.gateway.bind-address,env.MARQUEE_GATEWAY_BIND_ADDRESS:127.0.0.1}\"/>"));

    try (ZipFile ear = new ZipFile(System.getProperty("marquee.ear"))) {
      List<String> entries = ear.stream().map(ZipEntry::getName).toList();
      assertFalse(entries.stream().anyMatch(name -> name.contains("gateway")), entries.toString());
      try (ZipInputStream ejb =
          new ZipInputStream(ear.getInputStream(ear.getEntry("marquee-ejb.jar")))) {
        for (ZipEntry entry = ejb.getNextEntry(); entry != null; entry = ejb.getNextEntry()) {
          assertFalse(entry.getName().contains("paymentgateway"), entry.getName());
          assertFalse(entry.getName().startsWith("org/marquee/gateway/"), entry.getName());
        }
      }
    }
  }
}
