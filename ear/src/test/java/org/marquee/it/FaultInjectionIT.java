package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many buyers through the API while everything that can go wrong does, at random: the gateway turns
 * slow (under and over the server's 2 s timeout) or failing every second and a half, showtimes are
 * cancelled in the middle of their sales, buyers cancel orders, repeat their purchases under the
 * same keys after a 503 or an "in progress", and sometimes send the same request twice at once.
 * When it is over and the reconciler has settled every payment, the sale's promises hold, each
 * checked in the database and the gateway's ledger ({@link BookingProbe#violations}): no seat sold
 * twice, no confirmed order on a cancelled showtime, every charge holding money belongs to exactly
 * one confirmed order, no purchase holding money twice, the SOLD seats the live tickets; and no
 * answer was a 500. (A node killed with SIGKILL during purchases is {@code FailoverIT}'s and {@code
 * NodeLossIT}'s.) The same scenario, longer and measured, is {@code load-tests}' soak.
 */
@ExtendWith(ArquillianExtension.class)
class FaultInjectionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  private static final long CHAOS_MILLIS = 45_000;
  private static final int BUYERS = 12;

  @Inject CatalogFixture fixture;
  @Inject BookingProbe probe;

  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
  private final java.util.Set<Long> cancelled = ConcurrentHashMap.newKeySet();

  private void count(String what) {
    seen.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
  }

  @Test
  void theSaleKeepsItsPromisesWhileEverythingGoesWrong() throws Exception {
    String prefix = "chaos-" + fixture.tag;
    List<Long> showtimes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      showtimes.add(fixture.largeShowtime("Chaos " + i, 3, 800 + 100 * i));
    }
    Map<Long, List<Long>> seats = new ConcurrentHashMap<>();
    showtimes.forEach(s -> seats.put(s, Buyer.seatIds(s)));
    List<Buyer> buyers = new ArrayList<>();
    for (int i = 0; i < BUYERS; i++) {
      Buyer buyer = Buyer.register(prefix);
      if (i % 2 == 0) {
        assertEquals(200, buyer.storeCard(Buyer.APPROVED).statusCode());
      }
      buyers.add(buyer);
    }

    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(BUYERS + 2);
    List<Future<?>> work = new ArrayList<>();
    try {
      work.add(pool.submit(() -> gatewayChaos(stop)));
      work.add(pool.submit(() -> cancelShowtimes(showtimes.subList(0, 2), stop)));
      for (int i = 0; i < BUYERS; i++) {
        Buyer buyer = buyers.get(i);
        boolean hasCard = i % 2 == 0;
        work.add(pool.submit(() -> buy(buyer, hasCard, showtimes, seats, stop)));
      }
      Thread.sleep(CHAOS_MILLIS);
      stop.set(true);
      for (Future<?> done : work) {
        done.get(2, TimeUnit.MINUTES);
      }
    } finally {
      stop.set(true);
      pool.shutdownNow();
      GatewaySwitch.set(0, false);
    }

    long deadline = System.currentTimeMillis() + 60_000;
    while (probe.unsettledPayments(prefix) > 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    System.out.println("FaultInjectionIT: " + new java.util.TreeMap<>(seen));
    assertEquals(0, probe.unsettledPayments(prefix), "every payment settled");
    Map<String, Long> violations = probe.violations(prefix);
    violations.forEach((rule, count) -> assertEquals(0L, count, rule + ": " + violations));
    assertEquals(
        List.of(),
        seen.keySet().stream()
            .filter(k -> k.matches("(status|repeat) (5[0-9][0-9]|422).*"))
            .filter(k -> !k.startsWith("status 503") && !k.startsWith("repeat 503"))
            .toList(),
        "no answer was a 500 (or any 5xx but the 503 of a gateway away), nor a 422");
  }

  /** Every second and a half the gateway becomes normal, slow, too slow, or failing. */
  private void gatewayChaos(AtomicBoolean stop) {
    while (!stop.get()) {
      int dice = ThreadLocalRandom.current().nextInt(10);
      if (dice < 4) {
        GatewaySwitch.set(0, false);
      } else if (dice < 6) {
        GatewaySwitch.set(400, false);
      } else if (dice < 8) {
        GatewaySwitch.set(2600, false); // past the server's 2 s read timeout
      } else {
        GatewaySwitch.set(0, true);
      }
      pause(1500);
    }
  }

  /** Two of the showtimes are taken off the programme while they sell. */
  private void cancelShowtimes(List<Long> doomed, AtomicBoolean stop) {
    for (long showtime : doomed) {
      pause(CHAOS_MILLIS / 3);
      if (stop.get()) {
        return;
      }
      HttpResponse<String> cancelled =
          Http.request(
              "DELETE", "/api/v1/admin/showtimes/" + showtime, "Authorization", AdminApi.ADMIN);
      count("showtime cancelled " + cancelled.statusCode());
    }
  }

  /** One buyer: random seats of a random showtime, a random way to pay, a careful client. */
  private void buy(
      Buyer buyer,
      boolean hasCard,
      List<Long> showtimes,
      Map<Long, List<Long>> seats,
      AtomicBoolean stop) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (!stop.get()) {
      List<Long> open = showtimes.stream().filter(s -> !cancelled.contains(s)).toList();
      long showtime = open.get(random.nextInt(open.size()));
      List<Long> chosen = choose(showtime, seats.get(showtime), random);
      int pay = random.nextInt(10);
      String body =
          Buyer.seatsOrder(
              showtime,
              chosen,
              pay == 0
                  ? Buyer.card(Buyer.DECLINED)
                  : hasCard && pay < 6 ? Buyer.saved() : Buyer.card(Buyer.APPROVED));
      String key = UUID.randomUUID().toString();
      HttpResponse<String> answer;
      if (random.nextInt(10) == 0) {
        // the same request twice at the same moment (a double click)
        var twin =
            java.util.concurrent.CompletableFuture.supplyAsync(
                () -> buyer.order(body, "Idempotency-Key", key));
        answer = buyer.order(body, "Idempotency-Key", key);
        count("status " + twin.join().statusCode());
        count("sent twice at once");
      } else {
        answer = buyer.order(body, "Idempotency-Key", key);
      }
      count("status " + answer.statusCode() + problem(answer));
      if (answer.body().contains("/showtime-cancelled")) {
        cancelled.add(showtime); // as a client would: that showtime is gone
      }
      for (int tries = 0; tries < 6 && worthRepeating(answer); tries++) {
        pause(300);
        answer = buyer.order(body, "Idempotency-Key", key);
        count("repeat " + answer.statusCode() + problem(answer));
      }
      if (answer.statusCode() == 201 && random.nextInt(5) == 0) {
        long order = Http.object(answer).getJsonNumber("id").longValue();
        HttpResponse<String> cancelled =
            Http.post("/api/v1/orders/" + order + "/cancel", "", "Authorization", buyer.auth);
        count("order cancelled " + cancelled.statusCode());
      }
      pause(random.nextInt(200));
    }
  }

  /**
   * One or two seats the seat map shows free, as a buyer picks them; seats at random when it shows
   * none free, or the showtime is gone from the catalog (cancelled).
   */
  private static List<Long> choose(long showtime, List<Long> all, ThreadLocalRandom random) {
    HttpResponse<String> map = Http.get("/api/v1/showtimes/" + showtime + "/seats");
    List<Long> free =
        map.statusCode() != 200
            ? List.of()
            : Http.array(map).getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(s -> s.getString("status").equals("AVAILABLE"))
                .map(s -> s.getJsonNumber("seatId").longValue())
                .toList();
    List<Long> from = free.size() >= 2 ? free : all;
    int first = random.nextInt(from.size() - 1);
    return from.subList(first, first + 1 + random.nextInt(2));
  }

  /** The kind of a 409: " seats-unavailable", " showtime-cancelled" and so on. */
  private static String problem(HttpResponse<String> answer) {
    if (answer.statusCode() != 409) {
      return "";
    }
    String type = Http.object(answer).getString("type", "");
    return " " + type.substring(type.lastIndexOf('/') + 1);
  }

  /** A 503, or a 409 that says the request (or its hold's payment) is still under way. */
  private static boolean worthRepeating(HttpResponse<String> answer) {
    return answer.statusCode() == 503
        || answer.statusCode() == 429
        || (answer.statusCode() == 409 && answer.body().contains("/request-in-progress"));
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
