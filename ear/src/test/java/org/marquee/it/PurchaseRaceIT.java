package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Opening night in miniature: many buyers, each on a thread of their own, race over real HTTP for
 * overlapping seats of one showtime. Every seat is sold at most once, every loser gets a 409 naming
 * seats, and the seat map, the seat count and the tickets sold agree afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class PurchaseRaceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject BookingProbe probe;

  @Test
  void everySeatIsSoldAtMostOnceWhateverTheRace() throws Exception {
    long showtime = fixture.freshShowtime("Opening Night", 1000);
    List<Long> seats = Buyer.seatIds(showtime);
    int buyers = 12;
    List<Buyer> crowd = new ArrayList<>();
    for (int i = 0; i < buyers; i++) {
      crowd.add(Buyer.register("racer"));
    }
    int rounds = 3;
    Map<Long, Integer> sold = new HashMap<>();
    int winners = 0;
    for (int round = 0; round < rounds; round++) {
      CyclicBarrier start = new CyclicBarrier(buyers);
      ExecutorService pool = Executors.newFixedThreadPool(buyers);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < buyers; i++) {
        // overlapping pairs of the 8 seats: everyone wants something someone else wants
        List<Long> wanted = List.of(seats.get((i + round) % 8), seats.get((i + round + 3) % 8));
        Buyer buyer = crowd.get(i);
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return buyer.buy(showtime, wanted, Buyer.APPROVED);
                }));
      }
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        if (response.statusCode() == 201) {
          winners++;
          for (JsonValue ticket : Http.object(response).getJsonArray("tickets")) {
            sold.merge(ticket.asJsonObject().getJsonNumber("seatId").longValue(), 1, Integer::sum);
          }
        } else {
          assertEquals(409, response.statusCode(), response.body());
          assertTrue(Http.object(response).getJsonArray("unavailableSeatIds").size() > 0);
        }
      }
      pool.shutdownNow();
    }
    assertTrue(winners >= 1);
    sold.forEach(
        (seat, times) -> assertEquals(1, times, "seat " + seat + " sold " + times + " times"));
    assertEquals(sold.size(), probe.liveTickets(showtime));
    assertEquals(sold.size(), probe.soldSeats(showtime));
    List<JsonObject> map = Buyer.seatMap(showtime);
    for (JsonObject seat : map) {
      long id = seat.getJsonNumber("seatId").longValue();
      assertEquals(
          sold.containsKey(id) ? "SOLD" : "AVAILABLE", seat.getString("status"), "seat " + id);
    }
    int available = Http.object(Http.get("/api/v1/showtimes/" + showtime)).getInt("seatsAvailable");
    assertEquals(8 - sold.size(), available);
  }
}
