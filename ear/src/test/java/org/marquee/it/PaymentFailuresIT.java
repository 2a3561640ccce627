package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marquee.it.Eventually.await;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No money kept for a seat not sold, with the gateway made failing and slow over its HTTP switch: a
 * failing gateway sells and charges nothing; a slow one leaves a charge of unknown outcome that the
 * reconciler finds and refunds; a charge that succeeds after the hold ran out and the seat was
 * taken is refunded and the buyer gets 409. The test server's gateway timeout is 2 s, the
 * reconciler settles payments older than 10 s (see arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
class PaymentFailuresIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject BookingProbe probe;

  private long showtime() {
    return fixture.freshShowtime("Failures", 700);
  }

  @Test
  void aFailingGatewaySellsNothingAndChargesNothing() throws Exception {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("failing");
    assertEquals(200, buyer.storeCard(Buyer.APPROVED).statusCode());
    try (GatewaySwitch gateway = GatewaySwitch.failing()) {
      // a typed card cannot even be tokenized: refused before any seat is held
      HttpResponse<String> refused = buyer.buy(showtime, List.of(seats.get(0)), Buyer.APPROVED);
      assertEquals(503, refused.statusCode(), refused.body());
      assertEquals(List.of(), probe.payments(buyer.email), "nothing held, nothing recorded");
      // the stored card's charge fails: held, then let go
      HttpResponse<String> saved =
          buyer.order(Buyer.seatsOrder(showtime, List.of(seats.get(0)), Buyer.saved()));
      assertEquals(503, saved.statusCode(), saved.body());
    }
    assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(0)));
    assertEquals(List.of("FAILED"), probe.payments(buyer.email));
    assertEquals(List.of(), probe.charges(buyer.email));
    assertEquals(
        201,
        buyer.buy(showtime, List.of(seats.get(0)), Buyer.APPROVED).statusCode(),
        "works again");
  }

  @Test
  void aChargeWithoutAnAnswerIsReconciledAndRefunded() throws Exception {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("slow");
    assertEquals(200, buyer.storeCard(Buyer.APPROVED).statusCode());
    try (GatewaySwitch gateway = GatewaySwitch.slow(3500)) {
      HttpResponse<String> unknown =
          buyer.order(Buyer.seatsOrder(showtime, List.of(seats.get(1)), Buyer.saved()));
      assertEquals(503, unknown.statusCode(), unknown.body());
    }
    assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(1)), "no seat kept for it");
    assertEquals(List.of("PENDING"), probe.payments(buyer.email), "outcome unknown");
    assertEquals(
        List.of("CAPTURED"),
        await(() -> probe.charges(buyer.email), List.of("CAPTURED")),
        "the gateway did charge");
    assertEquals(
        List.of("REFUNDED"), await(() -> probe.payments(buyer.email), List.of("REFUNDED")));
    assertEquals(List.of("REFUNDED"), probe.charges(buyer.email), "the money went back");
    assertEquals(0, probe.orders(showtime));
  }

  @Test
  void aSeatTakenWhileTheChargeRanIsRefundedAndAnswered409() throws Exception {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer slowBuyer = Buyer.register("overtaken");
    long holdId =
        Http.object(slowBuyer.hold(showtime, List.of(seats.get(2))))
            .getJsonNumber("holdId")
            .longValue();
    Buyer rival = Buyer.register("rival");
    HttpResponse<String> answer;
    try (GatewaySwitch gateway = GatewaySwitch.slow(800)) {
      CompletableFuture<HttpResponse<String>> purchase =
          CompletableFuture.supplyAsync(
              () ->
                  slowBuyer.order(
                      "{\"holdId\":"
                          + holdId
                          + ",\"payment\":"
                          + Buyer.card(Buyer.APPROVED).build()
                          + "}"));
      // once the payment is on record the gateway is being asked (slowly): now the hold runs out
      // and the rival takes the seat
      assertEquals(
          List.of("PENDING"), await(() -> probe.payments(slowBuyer.email), List.of("PENDING")));
      probe.expireHold(holdId);
      assertEquals(201, rival.hold(showtime, List.of(seats.get(2))).statusCode());
      answer = purchase.get();
    }
    assertEquals(409, answer.statusCode(), answer.body());
    assertEquals(
        List.of(seats.get(2)),
        Http.object(answer)
            .getJsonArray("unavailableSeatIds")
            .getValuesAs(JsonNumber.class)
            .stream()
            .map(JsonNumber::longValue)
            .toList());
    assertEquals(List.of("REFUNDED"), probe.payments(slowBuyer.email));
    assertEquals(List.of("REFUNDED"), probe.charges(slowBuyer.email), "charged, then refunded");
    assertEquals("HELD", Buyer.status(showtime, seats.get(2)), "the rival keeps it");
    assertEquals(0, probe.orders(showtime));
  }
}
