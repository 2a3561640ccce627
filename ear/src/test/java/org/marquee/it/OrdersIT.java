package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Buying over the Transaction API as a client would: seats or a hold, paid with a new or the stored
 * card through the real gateway; declines that keep no money and free the seats; the customer's
 * orders and tickets, their QR codes, cancellation with a refund; and every malformed request a
 * 4xx.
 */
@ExtendWith(ArquillianExtension.class)
class OrdersIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject BookingProbe probe;
  @Inject Clerks clerks;

  private long showtime() {
    return fixture.freshShowtime("Orders", 1000);
  }

  private static int seatsAvailable(long showtimeId) {
    return Http.object(Http.get("/api/v1/showtimes/" + showtimeId)).getInt("seatsAvailable");
  }

  @Test
  void aCustomerBuysSeatsWithANewCardAndGetsTicketsWithUnguessableCodes() {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    int before = seatsAvailable(showtime);
    Buyer buyer = Buyer.register("orders");
    List<Long> chosen = List.of(seats.get(7), seats.get(2)); // C3 premium, B1 standard
    HttpResponse<String> bought = buyer.buy(showtime, chosen, Buyer.APPROVED);
    assertEquals(201, bought.statusCode(), bought.body());
    JsonObject order = Http.object(bought);
    long orderId = order.getJsonNumber("id").longValue();
    // the answer is made from the sale in hand; read back, the order is the same, seats in order
    assertEquals(order, Http.object(buyer.get("/api/v1/orders/" + orderId)));
    assertEquals(
        List.of(seats.get(2), seats.get(7)),
        order.getJsonArray("tickets").stream()
            .map(v -> v.asJsonObject().getJsonNumber("seatId").longValue())
            .toList(),
        "tickets in the house's order, B1 before C3");
    assertTrue(bought.headers().firstValue("Location").orElse("").endsWith("/orders/" + orderId));
    assertEquals("CONFIRMED", order.getString("status"));
    assertEquals("WEB", order.getString("channel"));
    assertEquals(showtime, order.getJsonNumber("showtimeId").longValue());
    assertEquals(1000 + 1250, order.getInt("totalCents"), "standard plus premium (+25%)");
    assertEquals("EUR", order.getString("currency"));
    assertEquals(2, order.getJsonArray("tickets").size());
    Set<String> codes = new HashSet<>();
    for (JsonValue value : order.getJsonArray("tickets")) {
      JsonObject ticket = value.asJsonObject();
      assertTrue(ticket.getString("code").length() >= 20);
      assertTrue(codes.add(ticket.getString("code")));
      assertEquals("VALID", ticket.getString("status"));
      assertEquals(orderId, ticket.getJsonNumber("orderId").longValue());
      assertTrue(ticket.getString("movieTitle").startsWith("Orders Film"));
      assertTrue(chosen.contains(ticket.getJsonNumber("seatId").longValue()));
    }
    assertEquals("SOLD", Buyer.status(showtime, seats.get(2)));
    assertEquals("SOLD", Buyer.status(showtime, seats.get(7)));
    assertEquals(
        before - 2, seatsAvailable(showtime), "a sale shows at once, not when a cache expires");
    assertEquals(List.of("CAPTURED"), probe.payments(buyer.email));
    assertEquals(List.of("CAPTURED"), probe.charges(buyer.email));

    HttpResponse<String> again = buyAgain(showtime, chosen);
    assertEquals(409, again.statusCode(), again.body());
    assertEquals(
        Set.of(seats.get(2), seats.get(7)),
        new HashSet<>(
            Http.object(again).getJsonArray("unavailableSeatIds").stream()
                .map(v -> ((jakarta.json.JsonNumber) v).longValue())
                .toList()));
  }

  private static HttpResponse<String> buyAgain(long showtime, List<Long> seats) {
    return Buyer.register("late").buy(showtime, seats, Buyer.APPROVED);
  }

  @Test
  void aHoldIsBoughtWithTheStoredCard() {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("saved");
    assertEquals(200, buyer.storeCard("5555555555554444").statusCode());
    HttpResponse<String> held = buyer.hold(showtime, List.of(seats.get(3), seats.get(4)));
    assertEquals(201, held.statusCode(), held.body());
    long holdId = Http.object(held).getJsonNumber("holdId").longValue();

    HttpResponse<String> bought =
        buyer.order("{\"holdId\":" + holdId + ",\"payment\":{\"method\":\"saved\"}}");
    assertEquals(201, bought.statusCode(), bought.body());
    assertEquals(2000, Http.object(bought).getInt("totalCents"));
    assertEquals("CONVERTED", probe.holdStatus(holdId));
    assertEquals("SOLD", Buyer.status(showtime, seats.get(3)));

    HttpResponse<String> twice =
        buyer.order("{\"holdId\":" + holdId + ",\"payment\":{\"method\":\"saved\"}}");
    assertEquals(400, twice.statusCode(), "a hold is bought once: " + twice.body());
    assertEquals(List.of("CAPTURED"), probe.payments(buyer.email), "charged once");
  }

  @Test
  void aDeclinedCardChargesNothingAndFreesTheSeats() {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    for (String card : List.of(Buyer.DECLINED, Buyer.NO_FUNDS)) {
      Buyer buyer = Buyer.register("declined");
      HttpResponse<String> refused = buyer.buy(showtime, List.of(seats.get(0)), card);
      assertEquals(402, refused.statusCode(), refused.body());
      assertEquals(
          card.equals(Buyer.DECLINED) ? "card_declined" : "insufficient_funds",
          Http.object(refused).getString("declineCode"));
      assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(0)));
      assertEquals(List.of("DECLINED"), probe.payments(buyer.email));
      assertEquals(List.of("DECLINED"), probe.charges(buyer.email), "no money taken");
      assertEquals("[]", buyer.get("/api/v1/accounts/me/orders").body(), "no order left behind");
    }
    assertEquals(0, probe.orders(showtime));
  }

  @Test
  void ordersAndTicketsAreTheOwnersAlone() throws Exception {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer owner = Buyer.register("owner");
    JsonObject order = Http.object(owner.buy(showtime, List.of(seats.get(5)), Buyer.APPROVED));
    long orderId = order.getJsonNumber("id").longValue();
    JsonObject ticket = order.getJsonArray("tickets").getJsonObject(0);
    long ticketId = ticket.getJsonNumber("id").longValue();

    assertEquals(200, owner.get("/api/v1/orders/" + orderId).statusCode());
    assertEquals(ticket, Http.object(owner.get("/api/v1/tickets/" + ticketId)));
    JsonObject mine = Http.array(owner.get("/api/v1/accounts/me/orders")).getJsonObject(0);
    assertEquals(orderId, mine.getJsonNumber("id").longValue());
    assertEquals(
        ticketId,
        Http.array(owner.get("/api/v1/accounts/me/tickets"))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue());
    assertEquals("[]", owner.get("/api/v1/accounts/me/tickets?when=past").body());

    HttpResponse<byte[]> qr =
        Http.getBytes("/api/v1/tickets/" + ticketId + "/qr", "Authorization", owner.auth);
    assertEquals(200, qr.statusCode());
    assertEquals("image/png", qr.headers().firstValue("Content-Type").orElse(""));
    assertEquals(ticket.getString("code"), decode(qr.body()));

    Buyer stranger = Buyer.register("stranger");
    for (String path :
        List.of(
            "/api/v1/orders/" + orderId,
            "/api/v1/tickets/" + ticketId,
            "/api/v1/tickets/" + ticketId + "/qr")) {
      assertEquals(404, stranger.get(path).statusCode(), path);
      assertEquals(401, Http.get(path).statusCode(), path);
    }
    assertEquals(
        404,
        Http.post("/api/v1/orders/" + orderId + "/cancel", "", "Authorization", stranger.auth)
            .statusCode());
    String clerk = clerks.newClerk();
    assertEquals(200, Http.get("/api/v1/orders/" + orderId, "Authorization", clerk).statusCode());
    assertEquals(404, owner.get("/api/v1/orders/999999999").statusCode());
    assertEquals(404, owner.get("/api/v1/tickets/-1").statusCode());
  }

  private static String decode(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(
                new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
        .getText();
  }

  @Test
  void cancellingRefundsTheMoneyAndFreesTheSeatsUntilTheShowStarts() {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("cancel");
    long orderId =
        Http.object(buyer.buy(showtime, List.of(seats.get(1), seats.get(6)), Buyer.APPROVED))
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> cancelled =
        Http.post("/api/v1/orders/" + orderId + "/cancel", "", "Authorization", buyer.auth);
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    JsonObject order = Http.object(cancelled);
    assertEquals("REFUNDED", order.getString("status"));
    order
        .getJsonArray("tickets")
        .forEach(t -> assertEquals("CANCELLED", t.asJsonObject().getString("status")));
    assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(1)));
    assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(6)));
    assertEquals(List.of("REFUNDED"), probe.payments(buyer.email));
    assertEquals(List.of("REFUNDED"), probe.charges(buyer.email), "the money went back");
    assertEquals(0, probe.liveTickets(showtime));

    HttpResponse<String> resold =
        Buyer.register("next").buy(showtime, List.of(seats.get(1)), Buyer.APPROVED);
    assertEquals(201, resold.statusCode(), "a refunded seat sells again: " + resold.body());

    Buyer late = Buyer.register("late-cancel");
    long lateOrder =
        Http.object(late.buy(showtime, List.of(seats.get(2)), Buyer.APPROVED))
            .getJsonNumber("id")
            .longValue();
    probe.moveShowtime(showtime, Duration.ofMinutes(5), Duration.ofMinutes(90));
    HttpResponse<String> refused =
        Http.post("/api/v1/orders/" + lateOrder + "/cancel", "", "Authorization", late.auth);
    assertEquals(409, refused.statusCode(), refused.body());
    assertEquals("SOLD", Buyer.status(showtime, seats.get(2)));
    assertEquals(List.of("CAPTURED"), probe.payments(late.email));

    HttpResponse<String> tooLate =
        Buyer.register("after-start").buy(showtime, List.of(seats.get(3)), Buyer.APPROVED);
    assertEquals(400, tooLate.statusCode(), "no sale once the show started: " + tooLate.body());

    probe.moveShowtime(showtime, Duration.ofHours(3), Duration.ofMinutes(-30));
    JsonObject past =
        Http.array(late.get("/api/v1/accounts/me/tickets?when=past")).getJsonObject(0);
    assertEquals("EXPIRED", past.getString("status"));
    assertEquals("[]", late.get("/api/v1/accounts/me/tickets?when=upcoming").body());
  }

  @Test
  void malformedOrdersAreRefusedWith4xxAndChangeNothing() {
    long showtime = showtime();
    List<Long> seats = Buyer.seatIds(showtime);
    long other = showtime();
    long foreignSeat = Buyer.seatIds(other).get(0);
    Buyer buyer = Buyer.register("malformed");
    String card = Buyer.card(Buyer.APPROVED).build().toString();
    String seat = String.valueOf(seats.get(0));
    List<String> bodies =
        List.of(
            "not json",
            "[]",
            "{}",
            "{\"showtimeId\":" + showtime + ",\"seatIds\":[" + seat + "]}",
            "{\"showtimeId\":" + showtime + ",\"seatIds\":[],\"payment\":" + card + "}",
            "{\"showtimeId\":"
                + showtime
                + ",\"seatIds\":["
                + seat
                + ","
                + seat
                + "],\"payment\":"
                + card
                + "}",
            "{\"showtimeId\":\""
                + showtime
                + "\",\"seatIds\":["
                + seat
                + "],\"payment\":"
                + card
                + "}",
            "{\"showtimeId\":"
                + showtime
                + ",\"seatIds\":["
                + seat
                + "],\"payment\":{\"method\":\"cash\"}}",
            "{\"showtimeId\":"
                + showtime
                + ",\"seatIds\":["
                + seat
                + "],\"payment\":{\"method\":\"bitcoin\"}}",
            "{\"showtimeId\":"
                + showtime
                + ",\"seatIds\":["
                + seat
                + "],\"payment\":{\"method\":\"saved\"}}",
            "{\"showtimeId\":"
                + showtime
                + ",\"seatIds\":["
                + foreignSeat
                + "],\"payment\":"
                + card
                + "}",
            "{\"showtimeId\":" + showtime + ",\"seatIds\":[-5],\"payment\":" + card + "}",
            "{\"showtimeId\":"
                + showtime
                + ",\"seatIds\":[99999999999999999999999],\"payment\":"
                + card
                + "}",
            "{\"showtimeId\":" + showtime + ",\"seatIds\":[1.5],\"payment\":" + card + "}",
            "{\"showtimeId\":"
                + showtime
                + ",\"holdId\":1,\"seatIds\":["
                + seat
                + "],\"payment\":"
                + card
                + "}",
            "{\"showtimeId\":"
                + showtime
                + ",\"seatIds\":[1,2,3,4,5,6,7,8,9,10,11],\"payment\":"
                + card
                + "}",
            "{\"showtimeId\":"
                + showtime
                + ",\"seatIds\":["
                + seat
                + "],\"payment\":"
                + Buyer.card("4242424242424241").build()
                + "}",
            "{\"showtimeId\":"
                + showtime
                + ",\"seatIds\":["
                + seat
                + "],\"payment\":"
                + Buyer.card(Buyer.APPROVED).add("expYear", 2001).build()
                + "}");
    for (String body : bodies) {
      HttpResponse<String> refused = buyer.order(body);
      assertEquals(400, refused.statusCode(), body + " -> " + refused.body());
      assertTrue(
          refused
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"));
      assertFalse(refused.body().contains("Exception"), refused.body());
    }
    HttpResponse<String> unknown =
        buyer.order(
            Buyer.seatsOrder(999999999L, List.of(seats.get(0)), Buyer.card(Buyer.APPROVED)));
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertEquals(
        401,
        Http.post(
                "/api/v1/orders",
                Buyer.seatsOrder(showtime, seats.subList(0, 1), Buyer.card(Buyer.APPROVED)))
            .statusCode());
    assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(0)));
    assertEquals(0, probe.orders(showtime));
    assertNotEquals(showtime, other);
  }
}
