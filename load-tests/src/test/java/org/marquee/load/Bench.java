package org.marquee.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the simulations share: where Marquee runs, the benchmark data set's accounts and showtimes
 * (found through the API before the load starts), and the steps of a buyer.
 *
 * <p>Settings, as system properties: {@code marquee.base} (http://127.0.0.1:8080), {@code
 * marquee.accounts} (how many load-N@bench.example accounts the data set has, 1000), {@code
 * marquee.password} (theirs, bench-password), {@code marquee.users} (concurrent users of the closed
 * scenarios, 20), {@code marquee.duration} (seconds, 60), {@code marquee.buyers} (the hot show's,
 * 1000), {@code marquee.customers} (the signed-in customers of the mixed day, 200).
 */
final class Bench {

  static final String BASE = System.getProperty("marquee.base", "http://127.0.0.1:8080");
  static final String PASSWORD = System.getProperty("marquee.password", "bench-password");
  static final int ACCOUNTS = Integer.getInteger("marquee.accounts", 1000);
  static final int USERS = Integer.getInteger("marquee.users", 20);
  static final int DURATION = Integer.getInteger("marquee.duration", 60);
  static final int BUYERS = Integer.getInteger("marquee.buyers", 1000);
  static final int CUSTOMERS = Integer.getInteger("marquee.customers", 200);
  static final String HOT_SHOW_TITLE = "Opening Night";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String FREE_SEATS = "$[?(@.status == 'AVAILABLE')].seatId";

  private Bench() {}

  static HttpProtocolBuilder protocol() {
    return http.baseUrl(BASE)
        .acceptHeader("application/json")
        .contentTypeHeader("application/json")
        .disableCaching()
        .warmUp(BASE + "/api/v1/theaters");
  }

  /** load-1@bench.example, load-2@..., load-{count}@..., over and over, each user its own. */
  static Iterator<Map<String, Object>> accounts(int count) {
    int cycle = Math.max(1, Math.min(count, ACCOUNTS));
    AtomicLong next = new AtomicLong();
    return Stream.generate(
            () ->
                Map.<String, Object>of(
                    "email", "load-" + (next.getAndIncrement() % cycle + 1) + "@bench.example"))
        .iterator();
  }

  /**
   * The first {@code count} customers sign in (GET /accounts/me), 40 a second, as they would before
   * they buy: the one PBKDF2 check of each password happens here, and their purchases then meet the
   * node's cache of verified logins, as a signed-in customer's do.
   */
  static ScenarioBuilder signIn(int count) {
    return scenario("sign in")
        .feed(accounts(count))
        .exec(
            http("sign in")
                .get("/api/v1/accounts/me")
                .basicAuth("#{email}", PASSWORD)
                .check(status().is(200)));
  }

  static PopulationBuilder signedIn(int count, PopulationBuilder then) {
    return signIn(count)
        .injectOpen(rampUsers(count).during(Duration.ofSeconds(count / 40 + 1)))
        .andThen(then);
  }

  /** Every scheduled showtime of the data set but the hot show, through the public API. */
  static List<Long> showtimes() {
    Long hot = findHotShow();
    List<Long> ids = new ArrayList<>();
    for (int offset = 0; ; offset += 200) {
      JsonNode page = get("/api/v1/showtimes?limit=200&offset=" + offset);
      page.forEach(s -> ids.add(s.get("id").asLong()));
      if (page.size() < 200) {
        break;
      }
    }
    ids.remove(hot);
    if (ids.isEmpty()) {
      throw new IllegalStateException("no showtimes: is the benchmark data set loaded?");
    }
    return List.copyOf(ids);
  }

  /** The showtime of the movie "Opening Night". */
  static long hotShow() {
    Long hot = findHotShow();
    if (hot == null) {
      throw new IllegalStateException("no hot show: is the benchmark data set loaded?");
    }
    return hot;
  }

  private static Long findHotShow() {
    for (JsonNode movie :
        get(
            "/api/v1/movies?when=all&q="
                + URLEncoder.encode(HOT_SHOW_TITLE, StandardCharsets.UTF_8))) {
      if (movie.get("title").asText().equals(HOT_SHOW_TITLE)) {
        JsonNode showtimes = get("/api/v1/showtimes?movieId=" + movie.get("id").asLong());
        if (!showtimes.isEmpty()) {
          return showtimes.get(0).get("id").asLong();
        }
      }
    }
    return null;
  }

  private static JsonNode get(String path) {
    try {
      HttpResponse<String> answer =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(BASE + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(path + ": " + answer.statusCode() + " " + answer.body());
      }
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new IllegalStateException(path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The seat map of the showtime in the session's "showtime"; its free seats go to "free". */
  static ChainBuilder seatMap(String name) {
    return exec(session -> session.remove("free"))
        .exec(
            http(name)
                .get("/api/v1/showtimes/#{showtime}/seats")
                .check(
                    status().is(200),
                    jsonPath(FREE_SEATS).ofLong().findAll().optional().saveAs("free")));
  }

  /**
   * Buys from 1 to {@code most} of the free seats, picked at random, with a new card and an
   * idempotency key of its own. 201 and 409 (someone was faster) are both correct answers; a 201
   * must carry one ticket per seat. Any other answer, a 503 of the admission control among them,
   * counts as failed in Gatling's figures; its status is in "status" all the same.
   */
  static ChainBuilder purchase(String name, int most) {
    return exec(session -> pick(session, most))
        .exec(
            http(name)
                .post("/api/v1/orders")
                .basicAuth("#{email}", PASSWORD)
                .header("Idempotency-Key", "#{key}")
                .body(StringBody("#{order}"))
                .check(status().saveAs("status"), status().in(201, 409))
                .checkIf((response, session) -> response.status().code() == 201)
                .then(ticketsFor()));
  }

  /**
   * A purchase as a customer's browser makes it: sent, and sent again after the second that a 503
   * of the admission control asks for (Retry-After: 1), at most {@code attempts} times in all.
   */
  static ChainBuilder patientPurchase(String name, int most, int attempts) {
    return exec(session -> session.set("attempts", 0))
        .asLongAs(
            session ->
                session.getInt("attempts") == 0
                    || (session.getInt("attempts") < attempts
                        && session.contains("status")
                        && session.getInt("status") == 503))
        .on(
            doIf(session -> session.getInt("attempts") > 0)
                .then(pause(Duration.ofSeconds(1)))
                .exec(session -> session.set("attempts", session.getInt("attempts") + 1))
                .exec(purchase(name, most)));
  }

  private static CheckBuilder.Final ticketsFor() {
    return jsonPath("$.tickets[*].code").count().isEL("#{count}");
  }

  private static Session pick(Session session, int most) {
    List<Long> free = new ArrayList<>(session.getList("free"));
    Collections.shuffle(free, ThreadLocalRandom.current());
    int count = Math.min(free.size(), 1 + ThreadLocalRandom.current().nextInt(most));
    List<Long> seats = free.subList(0, count);
    String order =
        "{\"showtimeId\":"
            + session.getLong("showtime")
            + ",\"seatIds\":["
            + seats.stream().map(String::valueOf).collect(Collectors.joining(","))
            + "],\"payment\":{\"method\":\"card\",\"cardNumber\":\"4242424242424242\","
            + "\"expMonth\":12,\"expYear\":"
            + (Year.now().getValue() + 2)
            + ",\"cvc\":\"123\",\"holderName\":\"Load Test\"}}";
    return session.set("order", order).set("count", count).set("key", UUID.randomUUID().toString());
  }
}
