package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * House seats: laid out by an administrator, they read HELD in the public seat map and do not count
 * as available, a customer cannot hold them, the box office sells them; from an hour before the
 * show they are on sale to everyone.
 */
@ExtendWith(ArquillianExtension.class)
class HouseSeatsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject BookingProbe probe;
  @Inject Clerks clerks;

  private static String status(List<JsonObject> map, int index) {
    return map.get(index).getString("status");
  }

  @Test
  void houseSeatsAreTheBoxOfficesUntilAnHourBeforeTheShow() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long theater =
        AdminApi.created(
            AdminApi.send(
                "POST",
                "/api/v1/admin/theaters",
                AdminApi.theater("House " + tag, "Housetown " + tag, "Europe/Berlin")));
    JsonArrayBuilder rows =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("row", "A")
                    .add("seats", 4)
                    .add("houseSeats", Json.createArrayBuilder().add(2).add(3)));
    long auditorium =
        AdminApi.created(
            AdminApi.send(
                "POST",
                "/api/v1/admin/theaters/" + theater + "/auditoriums",
                AdminApi.auditorium("Saal 1", rows)));
    long movie =
        AdminApi.created(
            AdminApi.send("POST", "/api/v1/admin/movies", AdminApi.movie("House Film " + tag, 90)));
    OffsetDateTime start =
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.HOURS);
    long showtime =
        AdminApi.created(
            AdminApi.send(
                "POST",
                "/api/v1/admin/showtimes",
                AdminApi.showtime(movie, auditorium, start, 1000)));

    List<JsonObject> map = Buyer.seatMap(showtime);
    List<Long> seats = map.stream().map(s -> s.getJsonNumber("seatId").longValue()).toList();
    assertEquals(
        List.of("AVAILABLE", "HELD", "HELD", "AVAILABLE"),
        map.stream().map(s -> s.getString("status")).toList());
    assertEquals(
        2, Http.object(Http.get("/api/v1/showtimes/" + showtime)).getInt("seatsAvailable"));

    Buyer customer = Buyer.register("house");
    HttpResponse<String> refused = customer.hold(showtime, List.of(seats.get(0), seats.get(1)));
    assertEquals(409, refused.statusCode(), refused.body());
    assertEquals(
        List.of(seats.get(1)),
        Http.object(refused)
            .getJsonArray("unavailableSeatIds")
            .getValuesAs(JsonNumber.class)
            .stream()
            .map(JsonNumber::longValue)
            .toList());
    assertEquals(409, customer.buy(showtime, List.of(seats.get(2)), Buyer.APPROVED).statusCode());

    HttpResponse<String> counter =
        Http.post(
            "/api/v1/box-office/sales",
            Json.createObjectBuilder()
                .add("showtimeId", showtime)
                .add("seatIds", Buyer.ids(List.of(seats.get(1))))
                .add("payment", Json.createObjectBuilder().add("method", "cash"))
                .build()
                .toString(),
            "Authorization",
            clerks.newClerk());
    assertEquals(201, counter.statusCode(), "the box office sells it: " + counter.body());
    assertEquals("SOLD", status(Buyer.seatMap(showtime), 1));

    probe.moveShowtime(showtime, Duration.ofMinutes(-50), Duration.ofMinutes(140));
    long deadline = System.currentTimeMillis() + 10_000;
    while (!"AVAILABLE".equals(status(Buyer.seatMap(showtime), 2))
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(250); // the seat map is cached for up to two seconds
    }
    assertEquals("AVAILABLE", status(Buyer.seatMap(showtime), 2), "released 50 minutes before");
    assertEquals(201, customer.buy(showtime, List.of(seats.get(2)), Buyer.APPROVED).statusCode());
  }
}
