package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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

/**
 * One account cannot corner a show: at most 10 seats of a showtime held or owned at a time (its
 * active holds and valid tickets together), at most 5 holds at once, even when its requests race;
 * used tickets do not count, and the box office is not limited.
 */
@ExtendWith(ArquillianExtension.class)
class LimitsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject Clerks clerks;

  private static void assertLimited(HttpResponse<String> answer, String type, int limit) {
    assertEquals(409, answer.statusCode(), answer.body());
    JsonObject problem = Http.object(answer);
    assertTrue(problem.getString("type").endsWith("/" + type), answer.body());
    assertEquals(limit, problem.getInt("limit"));
  }

  @Test
  void heldAndBoughtSeatsCountTogetherUpToTen() {
    long showtime = fixture.largeShowtime("Corner", 3, 700);
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer hoarder = Buyer.register("corner");
    assertEquals(201, hoarder.hold(showtime, seats.subList(0, 6)).statusCode());
    HttpResponse<String> bought = hoarder.buy(showtime, seats.subList(6, 10), Buyer.APPROVED);
    assertEquals(201, bought.statusCode(), bought.body());
    assertLimited(hoarder.hold(showtime, seats.subList(10, 11)), "seat-limit", 10);
    assertLimited(hoarder.buy(showtime, seats.subList(10, 11), Buyer.APPROVED), "seat-limit", 10);
    assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(10)), "nothing held by a refusal");

    long order = Http.object(bought).getJsonNumber("id").longValue();
    assertEquals(
        200,
        Http.post("/api/v1/orders/" + order + "/cancel", "", "Authorization", hoarder.auth)
            .statusCode());
    assertEquals(201, hoarder.hold(showtime, seats.subList(10, 14)).statusCode(), "cancelled");

    Buyer someoneElse = Buyer.register("corner-other");
    assertEquals(201, someoneElse.hold(showtime, seats.subList(20, 30)).statusCode());
  }

  @Test
  void usedTicketsNoLongerCount() {
    long showtime = fixture.largeShowtime("Used", 2, 700);
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer family = Buyer.register("used");
    HttpResponse<String> bought = family.buy(showtime, seats.subList(0, 10), Buyer.APPROVED);
    assertEquals(201, bought.statusCode(), bought.body());
    assertLimited(family.hold(showtime, seats.subList(10, 11)), "seat-limit", 10);
    String code = Http.object(bought).getJsonArray("tickets").getJsonObject(0).getString("code");
    HttpResponse<String> door =
        Http.post(
            "/api/v1/check-ins", "{\"code\":\"" + code + "\"}", "Authorization", clerks.newClerk());
    assertEquals(200, door.statusCode(), door.body());
    assertEquals(201, family.hold(showtime, seats.subList(10, 11)).statusCode());
  }

  @Test
  void racingHoldsOfOneAccountStayWithinTheLimit() throws Exception {
    long showtime = fixture.largeShowtime("Racing hoarder", 3, 700);
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer hoarder = Buyer.register("racing-hoarder");
    int threads = 6;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        List<Long> mine = seats.subList(3 * i, 3 * i + 3);
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return hoarder.hold(showtime, mine);
                }));
      }
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        statuses.add(response.statusCode());
        if (response.statusCode() != 201) {
          assertLimited(response, "seat-limit", 10);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(3, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
    long held =
        Buyer.seatMap(showtime).stream().filter(s -> s.getString("status").equals("HELD")).count();
    assertEquals(9, held);
  }

  @Test
  void anAccountKeepsAtMostFiveHoldsAtOnce() {
    long showtime = fixture.largeShowtime("Holds", 1, 700);
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer collector = Buyer.register("holds");
    for (int i = 0; i < 5; i++) {
      assertEquals(201, collector.hold(showtime, seats.subList(i, i + 1)).statusCode());
    }
    assertLimited(collector.hold(showtime, seats.subList(5, 6)), "hold-limit", 5);
  }

  @Test
  void theBoxOfficeIsNotLimited() {
    long showtime = fixture.largeShowtime("Counter rush", 2, 700);
    List<Long> seats = Buyer.seatIds(showtime);
    String clerk = clerks.newClerk();
    for (List<Long> sale : List.of(seats.subList(0, 8), seats.subList(8, 16))) {
      HttpResponse<String> sold =
          Http.post(
              "/api/v1/box-office/sales",
              Json.createObjectBuilder()
                  .add("showtimeId", showtime)
                  .add("seatIds", Buyer.ids(sale))
                  .add("payment", Json.createObjectBuilder().add("method", "cash"))
                  .build()
                  .toString(),
              "Authorization",
              clerk);
      assertEquals(201, sold.statusCode(), sold.body());
    }
  }
}
