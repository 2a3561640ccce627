package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.media.boundary.MediaService;

/**
 * Programme administration over real HTTP, as an administrator: movies created and updated with
 * poster and trailer uploads, a theater's auditorium with its seat layout, showtimes with clash
 * detection and a refusal of the past, and a showtime taken off the programme with every ticket
 * refunded; each change visible in the catalog at once; customers refused.
 */
@ExtendWith(ArquillianExtension.class)
class AdminIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject BookingProbe probe;

  private static HttpResponse<String> send(String method, String path, JsonObject body) {
    return AdminApi.send(method, path, body);
  }

  private static JsonObject movie(String title, int runtime) {
    return AdminApi.movie(title, runtime);
  }

  private static final String ADMIN = AdminApi.ADMIN;

  private static HttpResponse<String> upload(String path, String contentType, byte[] bytes)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(Http.base() + path))
                .header("Authorization", ADMIN)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void moviesAreCreatedUpdatedAndGetTheirMedia() throws Exception {
    String title = "Admin Movie " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created = send("POST", "/api/v1/admin/movies", movie(title, 101));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject movie = Http.object(created);
    long id = movie.getJsonNumber("id").longValue();
    assertEquals(
        List.of("Drama", "Mystery"),
        movie.getJsonArray("genres").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals(movie, Http.object(Http.get("/api/v1/movies/" + id)), "in the catalog at once");

    HttpResponse<String> updated =
        send("PUT", "/api/v1/admin/movies/" + id, movie(title + " (Director's Cut)", 125));
    assertEquals(200, updated.statusCode(), updated.body());
    assertEquals(125, Http.object(Http.get("/api/v1/movies/" + id)).getInt("runtimeMinutes"));

    byte[] poster;
    try (InputStream in =
        MediaService.class.getResourceAsStream("/org/marquee/demo/media/poster-1.png")) {
      poster = in.readAllBytes();
    }
    assertEquals(
        204, upload("/api/v1/admin/movies/" + id + "/poster", "image/png", poster).statusCode());
    String posterUrl = Http.object(Http.get("/api/v1/movies/" + id)).getString("posterUrl");
    assertTrue(
        Http.array(
                Http.get(
                    "/api/v1/admin/audit?limit=50&action=POSTER_UPLOADED",
                    "Authorization",
                    AdminApi.ADMIN))
            .getValuesAs(JsonObject.class)
            .stream()
            .anyMatch(e -> e.getString("subject").equals("movie " + id)),
        "the upload is audited");
    HttpResponse<byte[]> served = Http.getBytes(posterUrl);
    assertEquals(200, served.statusCode());
    assertEquals(poster.length, served.body().length);
    assertEquals(
        400,
        upload("/api/v1/admin/movies/" + id + "/trailer", "text/plain", "no".getBytes())
            .statusCode());
    assertEquals(
        404, upload("/api/v1/admin/movies/999999999/poster", "image/png", poster).statusCode());

    for (JsonObject bad :
        List.of(
            movie("", 100),
            movie(title, 0),
            movie(title, 601),
            Json.createObjectBuilder(movie(title, 100)).add("genres", "Drama").build(),
            Json.createObjectBuilder(movie(title, 100)).add("releaseDate", "15.01.2026").build(),
            Json.createObjectBuilder(movie(title, 100)).remove("rating").build())) {
      assertEquals(400, send("POST", "/api/v1/admin/movies", bad).statusCode(), bad.toString());
    }
    assertEquals(404, send("PUT", "/api/v1/admin/movies/999999999", movie(title, 90)).statusCode());
    Buyer customer = Buyer.register("not-admin");
    assertEquals(
        403,
        Http.send(
                "POST",
                "/api/v1/admin/movies",
                movie(title, 90).toString(),
                "Authorization",
                customer.auth)
            .statusCode());
  }

  @Test
  void aTheaterGetsAnAuditoriumAndShowtimesThatMustNotClash() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long theater =
        AdminApi.created(
            send(
                "POST",
                "/api/v1/admin/theaters",
                AdminApi.theater("Admin Palace " + tag, "Admintown " + tag, "Europe/Lisbon")));
    JsonObject layout =
        Json.createObjectBuilder()
            .add("name", "Sala 1")
            .add(
                "rows",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("row", "A")
                            .add("seats", 4)
                            .add("category", "WHEELCHAIR"))
                    .add(
                        Json.createObjectBuilder()
                            .add("row", "B")
                            .add("seats", 6)
                            .add(
                                "seatCategories",
                                Json.createObjectBuilder()
                                    .add("1", "WHEELCHAIR")
                                    .add("6", "PREMIUM")))
                    .add(
                        Json.createObjectBuilder()
                            .add("row", "C")
                            .add("seats", 6)
                            .add("category", "PREMIUM")))
            .build();
    HttpResponse<String> added =
        send("POST", "/api/v1/admin/theaters/" + theater + "/auditoriums", layout);
    assertEquals(201, added.statusCode(), added.body());
    JsonObject auditorium = Http.object(added);
    assertEquals(16, auditorium.getInt("seatsTotal"));
    assertEquals(
        409,
        send("POST", "/api/v1/admin/theaters/" + theater + "/auditoriums", layout).statusCode());
    assertEquals(
        400,
        send(
                "POST",
                "/api/v1/admin/theaters/" + theater + "/auditoriums",
                Json.createObjectBuilder(layout)
                    .add("name", "Sala 2")
                    .add(
                        "rows",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("row", "A")
                                    .add("seats", 3)
                                    .add("category", "SOFA")))
                    .build())
            .statusCode());
    for (JsonObject categories :
        List.of(
            Json.createObjectBuilder().add("7", "PREMIUM").build(),
            Json.createObjectBuilder().add("one", "PREMIUM").build(),
            Json.createObjectBuilder().add("1", "SOFA").build(),
            Json.createObjectBuilder().add("1", 3).build())) {
      JsonObject bad =
          Json.createObjectBuilder()
              .add("name", "Sala 3")
              .add(
                  "rows",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("row", "A")
                              .add("seats", 6)
                              .add("seatCategories", categories)))
              .build();
      assertEquals(
          400,
          send("POST", "/api/v1/admin/theaters/" + theater + "/auditoriums", bad).statusCode(),
          categories.toString());
    }
    assertEquals(
        404, send("POST", "/api/v1/admin/theaters/999999999/auditoriums", layout).statusCode());

    long movie =
        Http.object(send("POST", "/api/v1/admin/movies", movie("Clash Test " + tag, 120)))
            .getJsonNumber("id")
            .longValue();
    OffsetDateTime start =
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.HOURS);
    JsonObject showtime =
        Json.createObjectBuilder()
            .add("movieId", movie)
            .add("auditoriumId", auditorium.getJsonNumber("id").longValue())
            .add("startsAt", start.toString())
            .add("priceCents", 850)
            .add("currency", "EUR")
            .build();
    HttpResponse<String> scheduled = send("POST", "/api/v1/admin/showtimes", showtime);
    assertEquals(201, scheduled.statusCode(), scheduled.body());
    JsonObject view = Http.object(scheduled);
    assertEquals(16, view.getInt("seatsTotal"));
    assertEquals(
        start.plusMinutes(120).toInstant(),
        OffsetDateTime.parse(view.getString("endsAt")).toInstant());
    assertTrue(
        view.getString("startsAt").endsWith("+00:00"), "printed in Lisbon's offset in winter");
    Map<String, String> categories =
        Buyer.seatMap(view.getJsonNumber("id").longValue()).stream()
            .collect(
                Collectors.toMap(
                    s -> s.getString("row") + s.getInt("number"), s -> s.getString("category")));
    assertEquals("WHEELCHAIR", categories.get("A2"));
    assertEquals("WHEELCHAIR", categories.get("B1"), "a seat of its own category");
    assertEquals("STANDARD", categories.get("B2"));
    assertEquals("PREMIUM", categories.get("B6"));
    assertEquals("PREMIUM", categories.get("C1"));

    JsonObject clash =
        Json.createObjectBuilder(showtime)
            .add("startsAt", start.plusMinutes(90).toString())
            .build();
    HttpResponse<String> clashed = send("POST", "/api/v1/admin/showtimes", clash);
    assertEquals(409, clashed.statusCode());
    assertTrue(
        Http.object(clashed).getString("detail").contains("Clash Test " + tag + ", "),
        "names the showtime it clashes with: " + clashed.body());
    JsonObject whileCleaning =
        Json.createObjectBuilder(showtime)
            .add("startsAt", start.plusMinutes(130).toString())
            .build();
    assertEquals(
        409,
        send("POST", "/api/v1/admin/showtimes", whileCleaning).statusCode(),
        "the auditorium is cleaned for 15 minutes after the end");
    JsonObject afterCleaning =
        Json.createObjectBuilder(showtime)
            .add("startsAt", start.plusMinutes(135).toString())
            .build();
    assertEquals(201, send("POST", "/api/v1/admin/showtimes", afterCleaning).statusCode());
    JsonObject past =
        Json.createObjectBuilder(showtime).add("startsAt", start.minusDays(5).toString()).build();
    assertEquals(400, send("POST", "/api/v1/admin/showtimes", past).statusCode());
    JsonObject noOffset =
        Json.createObjectBuilder(showtime).add("startsAt", "2030-01-01T20:00").build();
    assertEquals(400, send("POST", "/api/v1/admin/showtimes", noOffset).statusCode());
    assertEquals(
        404,
        send(
                "POST",
                "/api/v1/admin/showtimes",
                Json.createObjectBuilder(showtime).add("movieId", 999999999).build())
            .statusCode());
  }

  @Test
  void aShowtimeTakenOffTheProgrammeRefundsEveryTicket() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long theater =
        AdminApi.created(
            send(
                "POST",
                "/api/v1/admin/theaters",
                AdminApi.theater("Cancel Palace " + tag, "Canceltown " + tag, "Europe/Berlin")));
    long auditorium =
        AdminApi.created(
            send(
                "POST",
                "/api/v1/admin/theaters/" + theater + "/auditoriums",
                AdminApi.auditorium(
                    "Saal 1",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("row", "A").add("seats", 5)))));
    long movie =
        AdminApi.created(send("POST", "/api/v1/admin/movies", movie("Cancelled Film " + tag, 95)));
    OffsetDateTime start =
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).truncatedTo(ChronoUnit.HOURS);
    long showtime =
        AdminApi.created(
            send(
                "POST",
                "/api/v1/admin/showtimes",
                AdminApi.showtime(movie, auditorium, start, 1000)));
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("cancelled-show");
    assertEquals(201, buyer.buy(showtime, seats.subList(0, 2), Buyer.APPROVED).statusCode());
    Buyer holder = Buyer.register("holding");
    assertEquals(201, holder.hold(showtime, seats.subList(2, 3)).statusCode());

    assertEquals(
        403,
        Http.request("DELETE", "/api/v1/admin/showtimes/" + showtime, "Authorization", buyer.auth)
            .statusCode());
    assertEquals(
        204,
        Http.request("DELETE", "/api/v1/admin/showtimes/" + showtime, "Authorization", ADMIN)
            .statusCode());
    assertEquals(
        404, Http.get("/api/v1/showtimes/" + showtime).statusCode(), "off the programme at once");
    assertEquals(List.of("REFUNDED"), probe.payments(buyer.email));
    assertEquals(List.of("REFUNDED"), probe.charges(buyer.email), "the money went back");
    JsonObject order = Http.array(buyer.get("/api/v1/accounts/me/orders")).getJsonObject(0);
    assertEquals("REFUNDED", order.getString("status"));
    order
        .getJsonArray("tickets")
        .forEach(t -> assertEquals("CANCELLED", t.asJsonObject().getString("status")));
    assertEquals(0, probe.liveTickets(showtime));
    assertEquals(
        204,
        Http.request("DELETE", "/api/v1/admin/showtimes/" + showtime, "Authorization", ADMIN)
            .statusCode(),
        "again: nothing more");
    assertEquals(
        404,
        Http.request("DELETE", "/api/v1/admin/showtimes/999999999", "Authorization", ADMIN)
            .statusCode());
  }
}
