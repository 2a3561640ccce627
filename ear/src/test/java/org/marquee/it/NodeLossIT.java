package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.booking.control.IdempotencyKeys;

/**
 * A node that dies in the middle of a purchase: a second WildFly ({@link ExtraServer}, port offset
 * 10400, its own jobs idle) is charging a customer's card, slowly, when it is killed with SIGKILL.
 * The tests' server sees the cluster view drop it and takes over within seconds, well before the
 * reconciler's settle-after (10 s in the test server) could: the purchase's seats are free again
 * and its idempotency key is no longer "in progress". The customer's repeat under the same key,
 * sent to the survivor, adopts the dead node's payment and asks the gateway under the same key: one
 * charge, one order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NodeLossIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  private static final int OFFSET = 10400;
  private static ExtraServer doomed;

  @BeforeAll
  static void startTheNodeThatWillDie() throws IOException, InterruptedException {
    doomed =
        ExtraServer.node(
            "marquee-it-doomed",
            OFFSET,
            System.getProperty("marquee.test.cluster-hosts"),
            ExtraServer.configured("node-doomed", null, null),
            List.of(
                "-Dmarquee.jobs.hold-reaper-interval=PT24H",
                "-Dmarquee.jobs.reconcile-interval=PT24H"));
  }

  @AfterAll
  static void stop() {
    if (doomed != null) {
      doomed.close();
    }
  }

  @Test
  void aNodeKilledMidChargeIsTakenOverWithinSecondsAndTheRepeatChargesOnce() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long movie =
        AdminApi.created(
            AdminApi.send("POST", "/api/v1/admin/movies", AdminApi.movie("Doomed " + tag, 90)));
    long showtime = AdminApi.showtime(movie, AdminApi.auditorium(tag, 6), 4);
    long seat = Buyer.seatIds(showtime).get(2);
    Buyer buyer = Buyer.register("doomed");
    assertEquals(200, buyer.storeCard(Buyer.APPROVED).statusCode());
    long accountId = Http.object(buyer.get("/api/v1/accounts/me")).getJsonNumber("id").longValue();
    String key = UUID.randomUUID().toString();
    String body = Buyer.seatsOrder(showtime, List.of(seat), Buyer.saved());

    // the doomed node's own gateway charges, then sits on its answer
    String doomedGateway = "http://127.0.0.1:" + (8081 + OFFSET) + "/payment-gateway/v1";
    assertEquals(
        200,
        Http.send("PUT", doomedGateway + "/simulation", "{\"delayMillis\":60000}").statusCode());
    CompletableFuture.runAsync(
        () ->
            Http.post(
                doomed.base() + "/api/v1/orders",
                body,
                "Authorization",
                buyer.auth,
                "Idempotency-Key",
                key));
    String chargeKey = IdempotencyKeys.gatewayKey(accountId, key, 1);
    awaitStatus(
        () -> Http.get(Http.gateway() + "/charges?idempotencyKey=" + chargeKey).statusCode(), 200);
    assertEquals("HELD", Buyer.status(showtime, seat));

    doomed.kill();
    long killed = System.nanoTime();
    awaitStatus(
        () -> {
          String status = Buyer.status(showtime, seat);
          return status.equals("AVAILABLE") ? 200 : 0;
        },
        200);
    Duration freed = Duration.ofNanos(System.nanoTime() - killed);
    assertTrue(
        freed.toMillis() < 8_000,
        "freed by the cluster view, not the reconciler's settle-after: " + freed);

    HttpResponse<String> repeat = buyer.order(body, "Idempotency-Key", key);
    assertEquals(201, repeat.statusCode(), repeat.body());
    HttpResponse<String> charge = Http.get(Http.gateway() + "/charges?idempotencyKey=" + chargeKey);
    assertEquals("CAPTURED", Http.object(charge).getString("status"), "the first charge, kept");
    assertEquals(
        404,
        Http.get(
                Http.gateway()
                    + "/charges?idempotencyKey="
                    + IdempotencyKeys.gatewayKey(accountId, key, 2))
            .statusCode(),
        "no second attempt, no second charge");
    assertEquals(
        List.of(Http.object(repeat).getJsonNumber("id").longValue()),
        Http.array(buyer.get("/api/v1/accounts/me/orders"))
            .getValuesAs(jakarta.json.JsonObject.class)
            .stream()
            .map(o -> o.getJsonNumber("id").longValue())
            .toList(),
        "one order");
    System.out.printf(
        "NodeLossIT: seats and key taken over %d ms after the kill%n", freed.toMillis());
  }

  private static void awaitStatus(java.util.function.IntSupplier status, int expected)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (status.getAsInt() != expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertEquals(expected, status.getAsInt());
  }
}
