package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The counter and the door over real HTTP: walk-in sales in cash and by card (declines 402), with
 * the clerk's idempotency keys; and check-in: once (two doors racing on one ticket: one admits, the
 * other hears "already used"), never for a cancelled ticket or after the show ended, 404 for an
 * unknown code, 403 for a customer.
 */
@ExtendWith(ArquillianExtension.class)
class BoxOfficeIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject BookingProbe probe;
  @Inject Clerks clerks;

  private String clerk;

  @BeforeEach
  void clerk() {
    clerk = clerks.newClerk();
  }

  private HttpResponse<String> sell(
      long showtime, List<Long> seats, JsonObject payment, String... headers) {
    List<String> all = new ArrayList<>(List.of("Authorization", clerk));
    all.addAll(List.of(headers));
    return Http.post(
        "/api/v1/box-office/sales",
        Json.createObjectBuilder()
            .add("showtimeId", showtime)
            .add("seatIds", Buyer.ids(seats))
            .add("payment", payment)
            .build()
            .toString(),
        all.toArray(String[]::new));
  }

  private static JsonObject cash() {
    return Json.createObjectBuilder().add("method", "cash").build();
  }

  private HttpResponse<String> checkIn(String code, String auth) {
    return Http.post(
        "/api/v1/check-ins",
        Json.createObjectBuilder().add("code", code).build().toString(),
        "Authorization",
        auth);
  }

  @Test
  void aWalkInPaysCashOrByCard() {
    long showtime = fixture.freshShowtime("Counter", 1000);
    List<Long> seats = Buyer.seatIds(showtime);
    HttpResponse<String> cashSale = sell(showtime, seats.subList(0, 2), cash());
    assertEquals(201, cashSale.statusCode(), cashSale.body());
    JsonObject order = Http.object(cashSale);
    assertEquals("BOX_OFFICE", order.getString("channel"));
    assertEquals("CONFIRMED", order.getString("status"));
    assertEquals(2000, order.getInt("totalCents"));
    assertEquals(2, order.getJsonArray("tickets").size());
    assertEquals("SOLD", Buyer.status(showtime, seats.get(0)));
    assertEquals(
        200,
        Http.get("/api/v1/orders/" + order.getJsonNumber("id").longValue(), "Authorization", clerk)
            .statusCode());

    HttpResponse<String> cardSale =
        sell(showtime, seats.subList(2, 3), Buyer.card(Buyer.APPROVED).build());
    assertEquals(201, cardSale.statusCode(), cardSale.body());
    HttpResponse<String> declined =
        sell(showtime, seats.subList(3, 4), Buyer.card(Buyer.DECLINED).build());
    assertEquals(402, declined.statusCode(), declined.body());
    assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(3)));

    HttpResponse<String> taken = sell(showtime, seats.subList(1, 3), cash());
    assertEquals(409, taken.statusCode());
    assertEquals(
        400,
        sell(
                showtime,
                seats.subList(4, 5),
                Json.createObjectBuilder().add("method", "saved").build())
            .statusCode(),
        "a walk-in has no stored card");
    assertEquals(3, probe.liveTickets(showtime));
  }

  @Test
  void onlyStaffSellAndAKeyMakesOneSale() {
    long showtime = fixture.freshShowtime("Counter keys", 900);
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer customer = Buyer.register("not-a-clerk");
    assertEquals(
        403,
        Http.post(
                "/api/v1/box-office/sales",
                "{\"showtimeId\":"
                    + showtime
                    + ",\"seatIds\":["
                    + seats.get(0)
                    + "],\"payment\":{\"method\":\"cash\"}}",
                "Authorization",
                customer.auth)
            .statusCode());
    assertEquals(401, Http.post("/api/v1/box-office/sales", "{}").statusCode());

    String key = UUID.randomUUID().toString();
    HttpResponse<String> first =
        sell(showtime, seats.subList(5, 7), cash(), "Idempotency-Key", key);
    HttpResponse<String> again =
        sell(showtime, seats.subList(5, 7), cash(), "Idempotency-Key", key);
    assertEquals(201, first.statusCode(), first.body());
    assertEquals(Http.object(first), Http.object(again));
    assertEquals(
        422, sell(showtime, seats.subList(7, 8), cash(), "Idempotency-Key", key).statusCode());
    assertEquals(1, probe.orders(showtime));
    assertEquals(
        400,
        customer
            .order(
                Buyer.seatsOrder(
                    showtime,
                    seats.subList(0, 1),
                    Json.createObjectBuilder().add("method", "cash")))
            .statusCode(),
        "cash is refused on the web");
  }

  @Test
  void aTicketAdmitsOnceEvenWhenTwoDoorsScanItAtOnce() throws Exception {
    long showtime = fixture.freshShowtime("Door", 1000);
    List<Long> seats = Buyer.seatIds(showtime);
    JsonObject order = Http.object(sell(showtime, seats.subList(0, 2), cash()));
    String code = order.getJsonArray("tickets").getJsonObject(0).getString("code");
    String other = order.getJsonArray("tickets").getJsonObject(1).getString("code");

    int doors = 2;
    CyclicBarrier scan = new CyclicBarrier(doors);
    ExecutorService pool = Executors.newFixedThreadPool(doors);
    List<Integer> answers = new ArrayList<>();
    try {
      List<Future<HttpResponse<String>>> results = new ArrayList<>();
      for (int i = 0; i < doors; i++) {
        results.add(
            pool.submit(
                () -> {
                  scan.await();
                  return checkIn(code, clerk);
                }));
      }
      for (Future<HttpResponse<String>> result : results) {
        answers.add(result.get().statusCode());
      }
    } finally {
      pool.shutdownNow();
    }
    answers.sort(null);
    assertEquals(List.of(200, 409), answers, "one door admits, the other hears it was used");
    HttpResponse<String> third = checkIn(code, clerk);
    assertEquals(409, third.statusCode());

    Buyer customer = Buyer.register("door-customer");
    assertEquals(403, checkIn(other, customer.auth).statusCode());
    assertEquals(404, checkIn("no-such-ticket-code-at-all-0000", clerk).statusCode());
    assertEquals(400, Http.post("/api/v1/check-ins", "{}", "Authorization", clerk).statusCode());

    probe.moveShowtime(showtime, Duration.ofHours(3), Duration.ofSeconds(-1));
    HttpResponse<String> ended = checkIn(other, clerk);
    assertEquals(410, ended.statusCode(), "the show ended while the test ran: " + ended.body());
    assertEquals(409, checkIn(code, clerk).statusCode(), "used stays used, at any time");
  }

  @Test
  void aCancelledTicketAdmitsNobody() {
    long showtime = fixture.freshShowtime("Door cancel", 1000);
    Buyer buyer = Buyer.register("door-cancel");
    JsonObject order =
        Http.object(buyer.buy(showtime, List.of(Buyer.seatIds(showtime).get(0)), Buyer.APPROVED));
    String code = order.getJsonArray("tickets").getJsonObject(0).getString("code");
    Http.post(
        "/api/v1/orders/" + order.getJsonNumber("id").longValue() + "/cancel",
        "",
        "Authorization",
        buyer.auth);
    HttpResponse<String> refused = checkIn(code, clerk);
    assertEquals(410, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("cancelled"));
  }
}
