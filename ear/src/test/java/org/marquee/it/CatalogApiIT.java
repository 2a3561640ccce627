package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.RowSpec;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.catalog.entity.SeatCategory;

/**
 * The catalog Read API over real HTTP, against data each test seeds in a city of its own: every
 * endpoint, its filters and order, and its answers to malformed input.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogApiIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject Clock clock;

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static List<String> titles(JsonArray movies) {
    return movies.getValuesAs(JsonObject.class).stream().map(m -> m.getString("title")).toList();
  }

  @Test
  void moviesAreFilteredByWhenTextAndCityAndOrderedByTitle() {
    TheaterView theater = fixture.theater("Odeon", "Europe/Berlin");
    long screen = fixture.auditorium(theater, "Screen 1");
    MovieView showing = fixture.releasedMovie("Zebra Crossing");
    MovieView alsoShowing = fixture.releasedMovie("Apple Orchard");
    MovieView withoutShowtimes = fixture.releasedMovie("Forgotten Reel");
    MovieView upcoming = fixture.movie("Tomorrow People", LocalDate.now(clock).plusDays(30));
    fixture.showtime(showing, screen, fixture.inHours(5), 1000);
    fixture.showtime(alsoShowing, screen, fixture.inHours(9), 1000);

    String city = "&city=" + enc(fixture.city());
    JsonArray now = Http.array(Http.get("/api/v1/movies?when=now" + city));
    assertEquals(List.of(alsoShowing.title(), showing.title()), titles(now));

    JsonArray upcomingList =
        Http.array(Http.get("/api/v1/movies?when=upcoming&q=" + enc(fixture.tag)));
    assertEquals(List.of(upcoming.title()), titles(upcomingList));

    JsonArray all = Http.array(Http.get("/api/v1/movies?q=" + enc(fixture.tag)));
    assertEquals(List.of(alsoShowing.title(), upcoming.title(), showing.title()), titles(all));
    assertFalse(titles(all).contains(withoutShowtimes.title()));

    JsonArray byText =
        Http.array(Http.get("/api/v1/movies?q=" + enc("zEBRA crossing " + fixture.tag)));
    assertEquals(List.of(showing.title()), titles(byText));

    JsonArray otherCity =
        Http.array(Http.get("/api/v1/movies?q=" + enc(fixture.tag) + "&city=Nowhere"));
    assertEquals(List.of(), titles(otherCity));

    JsonArray paged =
        Http.array(Http.get("/api/v1/movies?q=" + enc(fixture.tag) + "&limit=1&offset=1"));
    assertEquals(List.of(upcoming.title()), titles(paged));
  }

  @Test
  void movieHasEveryFieldOfTheContract() {
    MovieView movie = fixture.releasedMovie("Field Guide");
    HttpResponse<String> response = Http.get("/api/v1/movies/" + movie.id());
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonObject json = Http.object(response);
    assertEquals(movie.id(), json.getJsonNumber("id").longValue());
    assertEquals(movie.title(), json.getString("title"));
    assertEquals("A film for tests.", json.getString("synopsis"));
    assertEquals(100, json.getInt("runtimeMinutes"));
    assertEquals("PG", json.getString("rating"));
    assertEquals(
        List.of("Drama", "Test"),
        json.getJsonArray("genres").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
    assertEquals(movie.releaseDate().toString(), json.getString("releaseDate"));
    assertEquals(JsonValue.NULL, json.get("posterUrl"), "no poster stored yet");
    assertEquals(JsonValue.NULL, json.get("trailerUrl"), "no trailer stored yet");
  }

  @Test
  void unknownOrMalformedMovieIdsAreNotFound() {
    for (String id : List.of("999999999", "abc", "-1", "0", "99999999999999999999999", "1.5")) {
      HttpResponse<String> response = Http.get("/api/v1/movies/" + id);
      assertProblem(response, 404);
    }
  }

  @Test
  void malformedListParametersAreBadRequests() {
    for (String query :
        List.of(
            "/api/v1/movies?when=tomorrow",
            "/api/v1/movies?limit=0",
            "/api/v1/movies?limit=201",
            "/api/v1/movies?limit=abc",
            "/api/v1/movies?limit=99999999999999",
            "/api/v1/movies?offset=-1",
            "/api/v1/movies?q=" + "x".repeat(201),
            "/api/v1/theaters?limit=-3",
            "/api/v1/theaters?city=" + "y".repeat(300),
            "/api/v1/showtimes?movieId=abc",
            "/api/v1/showtimes?theaterId=-5",
            "/api/v1/showtimes?movieId=99999999999999999999",
            "/api/v1/showtimes?date=2026-13-01",
            "/api/v1/showtimes?date=tomorrow",
            "/api/v1/showtimes?date=2026-1-1",
            "/api/v1/showtimes?offset=x")) {
      assertProblem(Http.get(query), 400);
    }
  }

  @Test
  void theatersAreFilteredByCityIgnoringCase() {
    TheaterView first = fixture.theater("Alpha", "Europe/Berlin");
    TheaterView second = fixture.theater("Beta", "Europe/Lisbon");
    JsonArray theaters =
        Http.array(Http.get("/api/v1/theaters?city=" + enc(fixture.city().toUpperCase())));
    assertEquals(2, theaters.size());
    JsonObject alpha = theaters.getJsonObject(0);
    assertEquals(first.id(), alpha.getJsonNumber("id").longValue());
    assertEquals(first.name(), alpha.getString("name"));
    assertEquals(fixture.city(), alpha.getString("city"));
    assertEquals("1 Test Street", alpha.getString("address"));
    assertEquals("Europe/Berlin", alpha.getString("timeZone"));
    assertEquals(second.id(), theaters.getJsonObject(1).getJsonNumber("id").longValue());
  }

  @Test
  void showtimesAreFutureOnlyOrderedByStartAndFiltered() throws InterruptedException {
    TheaterView theater = fixture.theater("Lumiere", "Europe/Berlin");
    long screen1 = fixture.auditorium(theater, "Screen 1");
    long screen2 = fixture.auditorium(theater, "Screen 2");
    MovieView movie = fixture.releasedMovie("Timekeeper");
    MovieView other = fixture.releasedMovie("Other Film");
    long late = fixture.showtime(movie, screen1, fixture.inHours(30), 1200);
    long early = fixture.showtime(movie, screen2, fixture.inHours(6), 900);
    long otherShow = fixture.showtime(other, screen2, fixture.inHours(12), 900);
    Instant soonStart = Instant.now().plusSeconds(4);
    long soon = fixture.showtime(movie, screen1, soonStart, 900);

    String city = "city=" + enc(fixture.city());
    JsonArray all = Http.array(Http.get("/api/v1/showtimes?" + city));
    assertEquals(List.of(soon, early, otherShow, late), ids(all));

    Thread.sleep(Math.max(0, Duration.between(Instant.now(), soonStart).toMillis() + 500));
    JsonArray later = Http.array(Http.get("/api/v1/showtimes?" + city));
    assertEquals(List.of(early, otherShow, late), ids(later), "a started showtime is not listed");
    assertEquals(200, Http.get("/api/v1/showtimes/" + soon).statusCode(), "but it can be read");

    assertEquals(
        List.of(early, late), ids(Http.array(Http.get("/api/v1/showtimes?movieId=" + movie.id()))));
    assertEquals(
        List.of(early, otherShow, late),
        ids(Http.array(Http.get("/api/v1/showtimes?theaterId=" + theater.id()))));
    assertEquals(
        List.of(otherShow),
        ids(Http.array(Http.get("/api/v1/showtimes?movieId=" + other.id() + "&" + city))));

    LocalDate lateDay = fixture.inHours(30).atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
    assertEquals(
        List.of(late),
        ids(Http.array(Http.get("/api/v1/showtimes?movieId=" + movie.id() + "&date=" + lateDay))));
    assertEquals(
        List.of(), ids(Http.array(Http.get("/api/v1/showtimes?" + city + "&date=2000-01-01"))));
  }

  @Test
  void dateFilterAndPrintedTimesUseTheTheatersZone() {
    // Auckland is 11 to 13 hours ahead of UTC: its local date often differs from the UTC date
    TheaterView theater = fixture.theater("Kiwi", "Pacific/Auckland");
    long screen = fixture.auditorium(theater, "Screen 1");
    MovieView movie = fixture.releasedMovie("Southern Lights");
    Instant start = fixture.inHours(20);
    long id = fixture.showtime(movie, screen, start, 1500);

    JsonObject json = Http.object(Http.get("/api/v1/showtimes/" + id));
    OffsetDateTime startsAt = OffsetDateTime.parse(json.getString("startsAt"));
    assertEquals(start, startsAt.toInstant());
    assertEquals(ZoneId.of("Pacific/Auckland").getRules().getOffset(start), startsAt.getOffset());

    LocalDate local = start.atZone(ZoneId.of("Pacific/Auckland")).toLocalDate();
    assertEquals(
        List.of(id),
        ids(
            Http.array(
                Http.get("/api/v1/showtimes?theaterId=" + theater.id() + "&date=" + local))));
    assertEquals(
        List.of(),
        ids(
            Http.array(
                Http.get(
                    "/api/v1/showtimes?theaterId="
                        + theater.id()
                        + "&date="
                        + local.minusDays(1)))));
  }

  @Test
  void timesAlwaysCarrySecondsAndANumericOffset() {
    TheaterView theater = fixture.theater("Nordic", "Atlantic/Reykjavik");
    long screen = fixture.auditorium(theater, "Screen 1");
    long id =
        fixture.showtime(fixture.releasedMovie("Midnight Sun"), screen, fixture.inHours(7), 900);
    JsonObject json = Http.object(Http.get("/api/v1/showtimes/" + id));
    String pattern = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+00:00";
    assertTrue(json.getString("startsAt").matches(pattern), json.getString("startsAt"));
    assertTrue(json.getString("endsAt").matches(pattern), json.getString("endsAt"));
  }

  @Test
  void seatMapRowsFollowNaturalOrder() {
    TheaterView theater = fixture.theater("Numbers", "Europe/Berlin");
    long screen =
        fixture.addAuditorium(
            theater.id(),
            "Numbered",
            java.util.stream.IntStream.rangeClosed(1, 11)
                .mapToObj(r -> new RowSpec(String.valueOf(r), 1, SeatCategory.STANDARD))
                .toList());
    long id = fixture.showtime(fixture.releasedMovie("Count"), screen, fixture.inHours(7), 900);
    JsonArray seats = Http.array(Http.get("/api/v1/showtimes/" + id + "/seats"));
    assertEquals(
        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
        seats.getValuesAs(JsonObject.class).stream().map(s -> s.getString("row")).toList());
  }

  @Test
  void showtimeHasEveryFieldOfTheContract() {
    TheaterView theater = fixture.theater("Rex", "Europe/Berlin");
    long screen = fixture.auditorium(theater, "Hall 7");
    MovieView movie = fixture.releasedMovie("Contract Story");
    Instant start = fixture.inHours(4);
    long id = fixture.showtime(movie, screen, start, 1100);

    JsonObject json = Http.object(Http.get("/api/v1/showtimes/" + id));
    assertEquals(id, json.getJsonNumber("id").longValue());
    assertEquals(movie.id(), json.getJsonNumber("movieId").longValue());
    assertEquals(movie.title(), json.getString("movieTitle"));
    assertEquals(theater.id(), json.getJsonNumber("theaterId").longValue());
    assertEquals(theater.name(), json.getString("theaterName"));
    assertEquals(fixture.city(), json.getString("city"));
    assertEquals("Hall 7", json.getString("auditorium"));
    assertEquals(start, OffsetDateTime.parse(json.getString("startsAt")).toInstant());
    assertEquals(
        start.plusSeconds(100 * 60), OffsetDateTime.parse(json.getString("endsAt")).toInstant());
    assertEquals(1100, json.getInt("priceCents"));
    assertEquals("EUR", json.getString("currency"));
    assertEquals(8, json.getInt("seatsTotal"));
    assertEquals(8, json.getInt("seatsAvailable"));

    for (String bad : List.of("999999999", "abc", "-7")) {
      assertProblem(Http.get("/api/v1/showtimes/" + bad), 404);
      assertProblem(Http.get("/api/v1/showtimes/" + bad + "/seats"), 404);
    }
  }

  @Test
  void seatMapListsEverySeatByRowThenNumberWithStatusAndPrice() {
    TheaterView theater = fixture.theater("Gloria", "Europe/Berlin");
    long screen = fixture.auditorium(theater, "Screen 1");
    MovieView movie = fixture.releasedMovie("Seat Map");
    long id = fixture.showtime(movie, screen, fixture.inHours(8), 1000);

    JsonArray seats = Http.array(Http.get("/api/v1/showtimes/" + id + "/seats"));
    assertEquals(8, seats.size());
    List<String> order =
        seats.getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("row") + s.getInt("number"))
            .toList();
    assertEquals(List.of("A1", "A2", "B1", "B2", "B3", "C1", "C2", "C3"), order);
    for (JsonObject seat : seats.getValuesAs(JsonObject.class)) {
      assertNotNull(seat.getJsonNumber("seatId"));
      assertEquals("AVAILABLE", seat.getString("status"));
      int expected = seat.getString("category").equals("PREMIUM") ? 1250 : 1000;
      assertEquals(expected, seat.getInt("priceCents"), seat.toString());
    }
    assertEquals("WHEELCHAIR", seats.getJsonObject(0).getString("category"));
    assertEquals("STANDARD", seats.getJsonObject(2).getString("category"));
  }

  @Test
  void aChangedProgrammeIsVisibleAtOnce() {
    TheaterView theater = fixture.theater("Fresh", "Europe/Berlin");
    long screen = fixture.auditorium(theater, "Screen 1");
    String city = "/api/v1/movies?when=now&city=" + enc(fixture.city());
    assertEquals(List.of(), titles(Http.array(Http.get(city))), "warms the cache");

    MovieView movie = fixture.releasedMovie("Just Added");
    fixture.showtime(movie, screen, fixture.inHours(3), 1000);
    assertEquals(List.of(movie.title()), titles(Http.array(Http.get(city))));
  }

  @Test
  void unknownPathsAndMethodsAnswerWithProblems() {
    assertProblem(Http.get("/api/v1/no-such-thing"), 404);
    assertProblem(Http.request("DELETE", "/api/v1/movies"), 405);
  }

  private static List<Long> ids(JsonArray array) {
    return array.getValuesAs(JsonObject.class).stream()
        .map(o -> o.getJsonNumber("id").longValue())
        .toList();
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.uri() + " -> " + response.body());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse(""),
        response.uri().toString());
    JsonObject problem = Http.object(response);
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("title").isBlank());
    assertFalse(problem.getString("detail").isBlank());
    assertTrue(problem.getString("type").startsWith("https://"));
    assertFalse(response.body().contains("Exception"), response.body());
  }
}
