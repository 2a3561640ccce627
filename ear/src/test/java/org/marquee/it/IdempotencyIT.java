package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
 * {@code Idempotency-Key} on POST /orders: a repeat gets the first answer (the order, or the
 * decline) and is charged once, even when the repeats race; another body under the key is a 422;
 * keys belong to their account.
 */
@ExtendWith(ArquillianExtension.class)
class IdempotencyIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject BookingProbe probe;

  private long showtime() {
    return fixture.freshShowtime("Keys", 800);
  }

  @Test
  void aRepeatGetsTheSameOrderAndIsChargedOnce() {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("key");
    String key = UUID.randomUUID().toString();
    String body = Buyer.seatsOrder(showtime, seats.subList(0, 2), Buyer.card(Buyer.APPROVED));
    HttpResponse<String> first = buyer.order(body, "Idempotency-Key", key);
    assertEquals(201, first.statusCode(), first.body());
    HttpResponse<String> repeat = buyer.order(body, "Idempotency-Key", key);
    assertEquals(201, repeat.statusCode(), repeat.body());
    assertEquals(Http.object(first), Http.object(repeat));
    assertEquals(List.of("CAPTURED"), probe.charges(buyer.email));

    String other = Buyer.seatsOrder(showtime, seats.subList(2, 3), Buyer.card(Buyer.APPROVED));
    HttpResponse<String> reused = buyer.order(other, "Idempotency-Key", key);
    assertEquals(422, reused.statusCode(), reused.body());
    assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(2)));

    Buyer someoneElse = Buyer.register("key");
    HttpResponse<String> theirs = someoneElse.order(other, "Idempotency-Key", key);
    assertEquals(201, theirs.statusCode(), "keys belong to their account: " + theirs.body());
    assertEquals(List.of("CAPTURED"), probe.charges(buyer.email));
  }

  @Test
  void aRepeatInTheNextMonthStillFindsItsKeyThoughTheKeysArePartitionedByMonth() {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("month");
    String key = UUID.randomUUID().toString();
    String body = Buyer.seatsOrder(showtime, seats.subList(0, 1), Buyer.card(Buyer.APPROVED));
    HttpResponse<String> first = buyer.order(body, "Idempotency-Key", key);
    assertEquals(201, first.statusCode(), first.body());
    // the key's row now sits in another month's partition than a repeat made now would go to
    probe.moveKeyToNextMonth(buyer.email, key);

    HttpResponse<String> repeat = buyer.order(body, "Idempotency-Key", key);
    assertEquals(201, repeat.statusCode(), repeat.body());
    assertEquals(Http.object(first), Http.object(repeat), "the first answer, not a second sale");
    assertEquals(List.of("CAPTURED"), probe.charges(buyer.email), "charged once");
    assertEquals(1, probe.keys(buyer.email, key), "one row for the key, in one month");
  }

  @Test
  void aSeatTheSeatMapShowsSoldIsRefusedBeforeAnythingIsDoneSoNothingIsKeptUnderTheKey() {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer first = Buyer.register("key-first");
    String order = Buyer.seatsOrder(showtime, seats.subList(0, 1), Buyer.card(Buyer.APPROVED));
    HttpResponse<String> sold = first.order(order);
    assertEquals(201, sold.statusCode(), sold.body());

    Buyer late = Buyer.register("key-late");
    HttpResponse<String> refused = late.order(order, "Idempotency-Key", "late");
    assertEquals(409, refused.statusCode(), refused.body());
    assertEquals(
        List.of(seats.get(0)),
        Http.object(refused).getJsonArray("unavailableSeatIds").stream()
            .map(v -> ((jakarta.json.JsonNumber) v).longValue())
            .toList());
    assertEquals(List.of(), probe.keptAnswers(late.email), "refused from the map: no key claimed");
    assertEquals(List.of(), probe.payments(late.email));

    // the seat comes free again: the same request under the same key now buys it
    long orderId = Http.object(sold).getJsonNumber("id").longValue();
    assertEquals(
        200,
        Http.post("/api/v1/orders/" + orderId + "/cancel", "", "Authorization", first.auth)
            .statusCode());
    HttpResponse<String> bought = late.order(order, "Idempotency-Key", "late");
    assertEquals(201, bought.statusCode(), bought.body());
    assertEquals(List.of("CAPTURED"), probe.charges(late.email));
  }

  @Test
  void aDeclineIsRememberedAsADecline() {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("key-decline");
    String key = UUID.randomUUID().toString();
    String body = Buyer.seatsOrder(showtime, seats.subList(0, 1), Buyer.card(Buyer.DECLINED));
    HttpResponse<String> first = buyer.order(body, "Idempotency-Key", key);
    HttpResponse<String> repeat = buyer.order(body, "Idempotency-Key", key);
    assertEquals(402, first.statusCode(), first.body());
    assertEquals(402, repeat.statusCode(), repeat.body());
    assertEquals(List.of("DECLINED"), probe.payments(buyer.email), "asked of the gateway once");
  }

  @Test
  void racingRepeatsMakeOneOrderAndOneCharge() throws Exception {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("key-race");
    String key = UUID.randomUUID().toString();
    String body = Buyer.seatsOrder(showtime, seats.subList(3, 5), Buyer.card(Buyer.APPROVED));
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return buyer.order(body, "Idempotency-Key", key);
                }));
      }
      Set<Long> orderIds = new HashSet<>();
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        assertEquals(201, response.statusCode(), response.body());
        orderIds.add(Http.object(response).getJsonNumber("id").longValue());
      }
      assertEquals(1, orderIds.size(), "one order for every repeat");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of("CAPTURED"), probe.charges(buyer.email), "one charge");
    assertEquals(List.of("CAPTURED"), probe.payments(buyer.email));
    assertEquals(1, probe.orders(showtime));
    assertEquals(2, probe.liveTickets(showtime));
  }
}
