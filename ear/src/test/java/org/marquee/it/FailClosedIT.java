package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A production node whose operator forgot to configure a card processor: a WildFly ({@link
 * ExtraServer}, port offset 10600) without demo data and without {@code marquee.gateway.url}, with
 * the simulated gateway even running beside it. It must fail closed: every card payment, typed or
 * stored, is a 503 that holds no seat and charges nothing (the simulator is never its fallback);
 * its start-up log says why; its readiness is down and names the reason; cash at the box office
 * still sells.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FailClosedIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  private static final int OFFSET = 10600;
  private static ExtraServer node;

  @BeforeAll
  static void startANodeToldOfNoProcessor() throws IOException, InterruptedException {
    node =
        ExtraServer.nodeWithoutProcessor(
            "marquee-it-no-processor",
            OFFSET,
            "127.0.0.1[" + (7600 + OFFSET) + "]", // a cluster of its own
            ExtraServer.configured("node-no-processor", null, null));
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  private static long charges() throws SQLException {
    try (Connection db = TestDatabase.primary("marquee");
        Statement sql = db.createStatement();
        ResultSet count = sql.executeQuery("select count(*) from payment_gateway.charge")) {
      count.next();
      return count.getLong(1);
    }
  }

  @Test
  void cardPaymentsAreRefusedWithA503AndNothingIsHeldOrCharged() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long movie =
        AdminApi.created(
            AdminApi.send(
                "POST", "/api/v1/admin/movies", AdminApi.movie("No processor " + tag, 90)));
    long showtime = AdminApi.showtime(movie, AdminApi.auditorium(tag, 6), 3);
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("no-processor");
    long chargesBefore = charges();

    HttpResponse<String> typed =
        Http.post(
            node.base() + "/api/v1/orders",
            Buyer.seatsOrder(showtime, seats.subList(0, 2), Buyer.card(Buyer.APPROVED)),
            "Authorization",
            buyer.auth,
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertEquals(503, typed.statusCode(), typed.body());
    assertTrue(typed.headers().firstValue("Retry-After").isPresent());
    assertEquals(
        "application/problem+json", typed.headers().firstValue("Content-Type").orElseThrow());
    assertFalse(typed.body().contains("marquee.gateway"), "no setting named to a customer");

    HttpResponse<String> card =
        Http.send(
            "PUT",
            node.base() + "/api/v1/accounts/me/payment-method",
            Buyer.card(Buyer.APPROVED).build().toString(),
            "Authorization",
            buyer.auth);
    assertEquals(503, card.statusCode(), "a card is not even stored: " + card.body());

    // the same buyer's card, stored through a node that has a processor, cannot pay here either
    assertEquals(
        200,
        Http.send(
                "PUT",
                "/api/v1/accounts/me/payment-method",
                Buyer.card(Buyer.APPROVED).build().toString(),
                "Authorization",
                buyer.auth)
            .statusCode());
    HttpResponse<String> stored =
        Http.post(
            node.base() + "/api/v1/orders",
            Buyer.seatsOrder(showtime, seats.subList(0, 2), Buyer.saved()),
            "Authorization",
            buyer.auth);
    assertEquals(503, stored.statusCode(), stored.body());

    for (long seat : seats.subList(0, 2)) {
      assertEquals("AVAILABLE", Eventually.await(() -> Buyer.status(showtime, seat), "AVAILABLE"));
    }
    assertEquals(chargesBefore, charges(), "the simulator beside the node was never asked");
    assertEquals(
        0, Http.array(Http.get("/api/v1/accounts/me/orders", "Authorization", buyer.auth)).size());

    // cash needs no processor: the box office still sells
    HttpResponse<String> cash =
        Http.post(
            node.base() + "/api/v1/box-office/sales",
            Buyer.seatsOrder(
                showtime, seats.subList(2, 3), Json.createObjectBuilder().add("method", "cash")),
            "Authorization",
            AdminApi.ADMIN);
    assertEquals(201, cash.statusCode(), cash.body());
  }

  @Test
  void itsReadinessIsDownAndItsLogSaysWhy() throws Exception {
    HttpResponse<String> ready = Http.get("http://127.0.0.1:" + (9990 + OFFSET) + "/health/ready");
    assertEquals(503, ready.statusCode(), ready.body());
    JsonObject check =
        Http.object(ready).getJsonArray("checks").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("name").equals("card-payments"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(ready.body()));
    assertEquals("DOWN", check.getString("status"));
    assertEquals("NONE", check.getJsonObject("data").getString("mode"));
    assertTrue(
        check.getJsonObject("data").getString("reason").contains("marquee.gateway.url"),
        check.toString());
    String log = Files.readString(node.log());
    assertTrue(
        log.contains("Card payments are REFUSED on this node: no card processor is configured"),
        "the start-up log says why");
  }
}
