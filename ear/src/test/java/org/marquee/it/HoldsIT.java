package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.seating.control.HoldReaper;

/**
 * Holds over real HTTP: all seats or none, the seats that were taken named in the 409, each rule of
 * the contract a 400, another account's hold out of reach, and a hold that runs out freed by the
 * EJB timer by itself.
 */
@ExtendWith(ArquillianExtension.class)
class HoldsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject BookingProbe probe;
  @Inject HoldReaper reaper;

  private long showtime() {
    return fixture.freshShowtime("Holds", 900);
  }

  private static List<Long> ids(JsonObject json, String name) {
    return json.getJsonArray(name).getValuesAs(JsonNumber.class).stream()
        .map(JsonNumber::longValue)
        .toList();
  }

  @Test
  void allSeatsOrNoneAndTheTakenOnesAreNamed() {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer first = Buyer.register("hold");
    HttpResponse<String> held = first.hold(showtime, List.of(seats.get(2), seats.get(3)));
    assertEquals(201, held.statusCode(), held.body());
    JsonObject hold = Http.object(held);
    assertEquals(showtime, hold.getJsonNumber("showtimeId").longValue());
    assertEquals(List.of(seats.get(2), seats.get(3)), ids(hold, "seatIds"));
    Duration lasts =
        Duration.between(OffsetDateTime.now(), OffsetDateTime.parse(hold.getString("expiresAt")));
    assertTrue(
        lasts.compareTo(Duration.ofMinutes(9)) > 0 && lasts.compareTo(Duration.ofMinutes(11)) < 0,
        lasts.toString());
    assertEquals("HELD", Buyer.status(showtime, seats.get(2)));

    Buyer second = Buyer.register("hold");
    HttpResponse<String> clash = second.hold(showtime, List.of(seats.get(3), seats.get(4)));
    assertEquals(409, clash.statusCode(), clash.body());
    assertEquals(List.of(seats.get(3)), ids(Http.object(clash), "unavailableSeatIds"));
    assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(4)), "none held when one is taken");

    long holdId = hold.getJsonNumber("holdId").longValue();
    assertEquals(
        404,
        Http.request("DELETE", "/api/v1/holds/" + holdId, "Authorization", second.auth)
            .statusCode());
    assertEquals(401, Http.request("DELETE", "/api/v1/holds/" + holdId).statusCode());
    assertEquals(
        204,
        Http.request("DELETE", "/api/v1/holds/" + holdId, "Authorization", first.auth)
            .statusCode());
    assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(2)));
    assertEquals("RELEASED", probe.holdStatus(holdId));
    assertEquals(201, second.hold(showtime, List.of(seats.get(3), seats.get(4))).statusCode());
  }

  @Test
  void everyRuleOfAHoldIsA400() {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    long foreign = Buyer.seatIds(showtime()).get(0);
    Buyer buyer = Buyer.register("rules");
    for (List<Long> wrong :
        List.of(
            List.<Long>of(),
            List.of(seats.get(0), seats.get(0)),
            List.of(seats.get(0), foreign),
            List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L))) {
      HttpResponse<String> refused = buyer.hold(showtime, wrong);
      assertEquals(400, refused.statusCode(), wrong + " " + refused.body());
    }
    assertEquals(
        400,
        Http.post("/api/v1/holds", "{\"showtimeId\":" + showtime + "}", "Authorization", buyer.auth)
            .statusCode());
    assertEquals(
        400,
        Http.post(
                "/api/v1/holds",
                "{\"showtimeId\":true,\"seatIds\":[1]}",
                "Authorization",
                buyer.auth)
            .statusCode());
    assertEquals(404, buyer.hold(999999999L, List.of(seats.get(0))).statusCode());
    assertEquals(
        401,
        Http.post("/api/v1/holds", "{\"showtimeId\":" + showtime + ",\"seatIds\":[1]}")
            .statusCode());

    probe.moveShowtime(showtime, Duration.ofMinutes(1), Duration.ofMinutes(100));
    assertEquals(400, buyer.hold(showtime, List.of(seats.get(0))).statusCode(), "started");
    for (long seat : seats) {
      assertEquals("AVAILABLE", Buyer.status(showtime, seat));
    }
  }

  @Test
  void theTimerFreesAHoldThatRanOut() throws InterruptedException {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("expiring");
    long holdId =
        Http.object(buyer.hold(showtime, List.of(seats.get(5), seats.get(6))))
            .getJsonNumber("holdId")
            .longValue();
    probe.expireHold(holdId);
    long deadline = System.currentTimeMillis() + 30_000;
    while (!"EXPIRED".equals(probe.holdStatus(holdId)) && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    assertEquals("EXPIRED", probe.holdStatus(holdId), "the hold reaper ran by itself");
    assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(5)));
    assertEquals(201, Buyer.register("next").hold(showtime, List.of(seats.get(5))).statusCode());
    HttpResponse<String> stale =
        buyer.order(
            "{\"holdId\":" + holdId + ",\"payment\":" + Buyer.card(Buyer.APPROVED).build() + "}");
    assertEquals(400, stale.statusCode(), "an expired hold cannot be bought: " + stale.body());
  }

  @Test
  void reapersRacingOnSeveralNodesExpireAHoldOnce() throws Exception {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    long holdId =
        Http.object(Buyer.register("reaped").hold(showtime, List.of(seats.get(7))))
            .getJsonNumber("holdId")
            .longValue();
    probe.expireHold(holdId);
    int nodes = 6;
    CyclicBarrier start = new CyclicBarrier(nodes);
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    List<Future<Boolean>> runs = new ArrayList<>();
    try {
      for (int i = 0; i < nodes; i++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return reaper.expire(holdId);
                }));
      }
      int expired = 0;
      for (Future<Boolean> run : runs) {
        expired += run.get() ? 1 : 0;
      }
      assertTrue(expired <= 1, "expired " + expired + " times");
    } finally {
      pool.shutdownNow();
    }
    assertEquals("EXPIRED", probe.holdStatus(holdId));
    assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(7)));
  }
}
