package org.marquee.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A customer of the tests: registered over the API, buying over the API with HTTP Basic. */
public final class Buyer {

  public static final String APPROVED = "4242424242424242";
  public static final String DECLINED = "4000000000000002";
  public static final String NO_FUNDS = "4000000000009995";

  public final String email;
  public final String auth;

  private Buyer(String email) {
    this.email = email;
    this.auth = Http.basic(email, "correct horse");
  }

  /** A new account, registered now. */
  public static Buyer register(String prefix) {
    Buyer buyer =
        new Buyer(prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
    HttpResponse<String> created =
        Http.post(
            "/api/v1/accounts",
            Json.createObjectBuilder()
                .add("email", buyer.email)
                .add("password", "correct horse")
                .add("displayName", "Buyer")
                .build()
                .toString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException(created.body());
    }
    return buyer;
  }

  public static JsonObjectBuilder card(String number) {
    return Json.createObjectBuilder()
        .add("method", "card")
        .add("cardNumber", number)
        .add("expMonth", 12)
        .add("expYear", LocalDate.now().getYear() + 2)
        .add("cvc", "123")
        .add("holderName", "Test Buyer");
  }

  public static JsonObjectBuilder saved() {
    return Json.createObjectBuilder().add("method", "saved");
  }

  public static JsonArrayBuilder ids(List<Long> ids) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    ids.forEach(array::add);
    return array;
  }

  /** The body of an order for seats. */
  public static String seatsOrder(long showtimeId, List<Long> seatIds, JsonObjectBuilder payment) {
    return Json.createObjectBuilder()
        .add("showtimeId", showtimeId)
        .add("seatIds", ids(seatIds))
        .add("payment", payment)
        .build()
        .toString();
  }

  public HttpResponse<String> hold(long showtimeId, List<Long> seatIds) {
    return Http.post(
        "/api/v1/holds",
        Json.createObjectBuilder()
            .add("showtimeId", showtimeId)
            .add("seatIds", ids(seatIds))
            .build()
            .toString(),
        "Authorization",
        auth);
  }

  public HttpResponse<String> order(String body, String... headers) {
    List<String> all = new ArrayList<>(List.of("Authorization", auth));
    all.addAll(List.of(headers));
    return Http.post("/api/v1/orders", body, all.toArray(String[]::new));
  }

  public HttpResponse<String> buy(long showtimeId, List<Long> seatIds, String cardNumber) {
    return order(seatsOrder(showtimeId, seatIds, card(cardNumber)));
  }

  public HttpResponse<String> get(String path) {
    return Http.get(path, "Authorization", auth);
  }

  public HttpResponse<String> storeCard(String number) {
    JsonObject card = card(number).build();
    JsonObjectBuilder body = Json.createObjectBuilder(card).remove("method");
    return Http.send(
        "PUT",
        "/api/v1/accounts/me/payment-method",
        body.build().toString(),
        "Authorization",
        auth);
  }

  /** The seat ids of a showtime, by row then number, and their statuses. */
  public static List<JsonObject> seatMap(long showtimeId) {
    return Http.array(Http.get("/api/v1/showtimes/" + showtimeId + "/seats")).stream()
        .map(v -> v.asJsonObject())
        .toList();
  }

  public static List<Long> seatIds(long showtimeId) {
    return seatMap(showtimeId).stream().map(s -> s.getJsonNumber("seatId").longValue()).toList();
  }

  public static String status(long showtimeId, long seatId) {
    return seatMap(showtimeId).stream()
        .filter(s -> s.getJsonNumber("seatId").longValue() == seatId)
        .findFirst()
        .orElseThrow()
        .getString("status");
  }
}
