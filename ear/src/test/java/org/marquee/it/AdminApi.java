package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The administration API as the tests' administrator (the server's first administrator) uses it.
 */
final class AdminApi {

  static final String ADMIN = Http.basic("IT-Admin@Marquee.example", "it-admin-password");

  private AdminApi() {}

  static HttpResponse<String> send(String method, String path, JsonObject body) {
    return Http.send(method, path, body.toString(), "Authorization", ADMIN);
  }

  /** The id of what a 201 created. */
  static long created(HttpResponse<String> answer) {
    assertEquals(201, answer.statusCode(), answer.body());
    return Http.object(answer).getJsonNumber("id").longValue();
  }

  /** A new theater in Clustertown with one auditorium of one row of {@code seats}; its id. */
  static long auditorium(String tag, int seats) {
    long theater =
        created(
            send(
                "POST",
                "/api/v1/admin/theaters",
                theater("Cluster Hall " + tag, "Clustertown", "Europe/Berlin")));
    return created(
        send(
            "POST",
            "/api/v1/admin/theaters/" + theater + "/auditoriums",
            auditorium(
                "One",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("row", "A").add("seats", seats)))));
  }

  /** A showtime of the movie in the auditorium {@code daysAhead} days from now; its id. */
  static long showtime(long movie, long auditorium, int daysAhead) {
    return created(
        send(
            "POST",
            "/api/v1/admin/showtimes",
            showtime(
                movie,
                auditorium,
                OffsetDateTime.now(ZoneOffset.UTC)
                    .plusDays(daysAhead)
                    .truncatedTo(ChronoUnit.HOURS),
                900)));
  }

  static JsonObject movie(String title, int runtime) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("synopsis", "A test of the programme.")
        .add("runtimeMinutes", runtime)
        .add("rating", "PG-13")
        .add("genres", Json.createArrayBuilder().add("Drama").add("Mystery"))
        .add("releaseDate", "2026-01-15")
        .build();
  }

  static JsonObject theater(String name, String city, String zone) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("city", city)
        .add("address", "1 Test Street")
        .add("timeZone", zone)
        .build();
  }

  static JsonObject auditorium(String name, JsonArrayBuilder rows) {
    return Json.createObjectBuilder().add("name", name).add("rows", rows).build();
  }

  static JsonObject showtime(long movie, long auditorium, OffsetDateTime start, int priceCents) {
    return Json.createObjectBuilder()
        .add("movieId", movie)
        .add("auditoriumId", auditorium)
        .add("startsAt", start.toString())
        .add("priceCents", priceCents)
        .add("currency", "EUR")
        .build();
  }
}
