package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.it.Eventually.await;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sale under the faults that broke it before: a showtime cancelled while its sale was charging,
 * a purchase repeated after the gateway did not answer, one hold paid from two browser tabs. The
 * gateway is made slow over its HTTP switch; the test server gives up on it after 2 s and settles
 * payments left open for 10 s (see arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
class SaleUnderFaultsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject BookingProbe probe;
  @Inject Clerks clerks;

  private static String type(HttpResponse<String> answer) {
    return Http.object(answer).getString("type");
  }

  @Test
  void aShowtimeCancelledWhileItsSaleIsChargingSellsNothingAndRefundsAtOnce() throws Exception {
    long showtime = fixture.freshShowtime("Called off", 900);
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("called-off");
    assertEquals(200, buyer.storeCard(Buyer.APPROVED).statusCode());
    HttpResponse<String> cancelled;
    HttpResponse<String> answer;
    try (GatewaySwitch gateway = GatewaySwitch.slow(1500)) {
      CompletableFuture<HttpResponse<String>> purchase =
          CompletableFuture.supplyAsync(
              () -> buyer.order(Buyer.seatsOrder(showtime, seats.subList(3, 5), Buyer.saved())));
      // the seats are held and the gateway is being asked (slowly): now the showtime is cancelled
      assertEquals(
          List.of("PENDING"), await(() -> probe.payments(buyer.email), List.of("PENDING")));
      cancelled = Http.send("DELETE", "/api/v1/admin/showtimes/" + showtime, "", admin());
      answer = purchase.get();
    }
    assertEquals(204, cancelled.statusCode(), cancelled.body());
    assertEquals(409, answer.statusCode(), answer.body());
    assertTrue(type(answer).endsWith("/showtime-cancelled"), answer.body());
    assertEquals(0, probe.confirmedOrders(showtime), "no confirmed order on a cancelled showtime");
    assertEquals(0, probe.liveTickets(showtime));
    assertEquals(List.of("REFUNDED"), probe.payments(buyer.email));
    assertEquals(
        List.of("REFUNDED"), probe.charges(buyer.email), "refunded before the answer, not later");
  }

  @Test
  void theDoorTurnsAwayATicketOfACancelledShowtime() {
    long showtime = fixture.freshShowtime("Void door", 900);
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("void-door");
    HttpResponse<String> bought = buyer.buy(showtime, seats.subList(3, 4), Buyer.APPROVED);
    assertEquals(201, bought.statusCode(), bought.body());
    String code = Http.object(bought).getJsonArray("tickets").getJsonObject(0).getString("code");
    probe.cancelBehindTheBack(showtime);
    HttpResponse<String> door =
        Http.post(
            "/api/v1/check-ins", "{\"code\":\"" + code + "\"}", "Authorization", clerks.newClerk());
    assertEquals(410, door.statusCode(), door.body());
  }

  @Test
  void aRepeatAfterATimeoutAdoptsTheFirstChargeInsteadOfMakingASecond() throws Exception {
    long showtime = fixture.freshShowtime("Once", 900);
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("once");
    assertEquals(200, buyer.storeCard(Buyer.APPROVED).statusCode());
    String key = UUID.randomUUID().toString();
    String body = Buyer.seatsOrder(showtime, seats.subList(3, 4), Buyer.saved());
    try (LedgerWatch ledger = new LedgerWatch(buyer.email)) {
      try (GatewaySwitch gateway = GatewaySwitch.slow(3000)) {
        HttpResponse<String> first = buyer.order(body, "Idempotency-Key", key);
        assertEquals(503, first.statusCode(), first.body());
      }
      assertEquals(List.of("CAPTURED"), probe.charges(buyer.email), "the gateway did charge");
      assertEquals("HELD", Buyer.status(showtime, seats.get(3)), "kept for the repeat");
      try (GatewaySwitch gateway = GatewaySwitch.slow(3000)) {
        HttpResponse<String> during = buyer.order(body, "Idempotency-Key", key);
        assertEquals(503, during.statusCode(), during.body());
      }
      assertEquals(List.of("CAPTURED"), probe.charges(buyer.email), "asked again: the same charge");
      HttpResponse<String> settled = buyer.order(body, "Idempotency-Key", key);
      assertEquals(201, settled.statusCode(), settled.body());
      HttpResponse<String> again = buyer.order(body, "Idempotency-Key", key);
      assertEquals(Http.object(settled), Http.object(again));
      assertEquals(1, ledger.most(), "never more than one live charge");
    }
    assertEquals(List.of("CAPTURED"), probe.payments(buyer.email), "one payment for the purchase");
    assertEquals(List.of("CAPTURED"), probe.charges(buyer.email), "one charge, kept: it sold");
    assertEquals(1, probe.confirmedOrders(showtime));
    assertEquals("SOLD", Buyer.status(showtime, seats.get(3)));
  }

  @Test
  void aPurchaseNeverRepeatedIsRefundedAndItsSeatsFreedThenARepeatStartsAfresh() throws Exception {
    long showtime = fixture.freshShowtime("Forgotten", 900);
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("forgotten");
    assertEquals(200, buyer.storeCard(Buyer.APPROVED).statusCode());
    String key = UUID.randomUUID().toString();
    String body = Buyer.seatsOrder(showtime, seats.subList(4, 5), Buyer.saved());
    try (LedgerWatch ledger = new LedgerWatch(buyer.email)) {
      try (GatewaySwitch gateway = GatewaySwitch.slow(3000)) {
        assertEquals(503, buyer.order(body, "Idempotency-Key", key).statusCode());
      }
      assertEquals(
          List.of("REFUNDED"), await(() -> probe.payments(buyer.email), List.of("REFUNDED")));
      assertEquals(List.of("REFUNDED"), probe.charges(buyer.email));
      assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(4)), "its seats are free");
      HttpResponse<String> late = buyer.order(body, "Idempotency-Key", key);
      assertEquals(201, late.statusCode(), late.body());
      assertEquals(1, ledger.most(), "the second charge came after the first was given back");
    }
    assertEquals(List.of("REFUNDED", "CAPTURED"), probe.payments(buyer.email));
  }

  @Test
  void oneHoldPaidFromTwoTabsIsChargedOnce() throws Exception {
    long showtime = fixture.freshShowtime("Two tabs", 900);
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("two-tabs");
    long holdId =
        Http.object(buyer.hold(showtime, seats.subList(3, 5))).getJsonNumber("holdId").longValue();
    String body =
        "{\"holdId\":" + holdId + ",\"payment\":" + Buyer.card(Buyer.APPROVED).build() + "}";
    List<HttpResponse<String>> answers = new ArrayList<>();
    try (GatewaySwitch gateway = GatewaySwitch.slow(800)) {
      CompletableFuture<HttpResponse<String>> one =
          CompletableFuture.supplyAsync(() -> buyer.order(body));
      CompletableFuture<HttpResponse<String>> two =
          CompletableFuture.supplyAsync(() -> buyer.order(body, "Idempotency-Key", "tab-2"));
      answers.add(one.get());
      answers.add(two.get());
    }
    List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
    assertEquals(List.of(201, 409), statuses, answers.get(0).body() + answers.get(1).body());
    HttpResponse<String> refused =
        answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
    assertTrue(type(refused).endsWith("/payment-under-way"), refused.body());
    assertEquals(List.of("CAPTURED"), probe.charges(buyer.email), "one charge");
    assertEquals(1, probe.confirmedOrders(showtime));
  }

  private static String[] admin() {
    return new String[] {"Authorization", AdminApi.ADMIN};
  }

  /** Watches the gateway's ledger while it is open: the most charges of the account ever live. */
  private final class LedgerWatch implements AutoCloseable {
    private final AtomicLong most = new AtomicLong();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Thread watcher;

    LedgerWatch(String email) {
      watcher =
          new Thread(
              () -> {
                while (open.get()) {
                  most.accumulateAndGet(probe.liveCharges(email), Math::max);
                  try {
                    Thread.sleep(20);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      watcher.start();
    }

    long most() {
      return most.get();
    }

    @Override
    public void close() throws InterruptedException {
      open.set(false);
      watcher.join();
    }
  }
}
