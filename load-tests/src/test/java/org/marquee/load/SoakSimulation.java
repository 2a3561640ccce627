package org.marquee.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The soak: {@code marquee.users} careful buyers (20) for {@code marquee.duration} seconds while
 * everything that can go wrong does, as in the suite's FaultInjectionIT but longer and measured.
 * Every second and a half the built-in gateway becomes normal, slow, slower than the server's
 * timeout, or failing ({@code marquee.gateway}, its simulation switch); {@code
 * marquee.soak.cancellations} (4) of the busy showtimes are cancelled while they sell ({@code
 * marquee.admin.email} / {@code marquee.admin.password}); a buyer repeats a purchase under its key
 * after a 503, a 429 or an "in progress", cancels one order in five, and pays with a declined card
 * one time in ten. Every answer the contract allows counts as OK in Gatling's figures; anything
 * else (a 500, a 422 for a true repeat) as KO. What the sales came to is checked afterwards in the
 * database by load-tests/soak.sh.
 */
public class SoakSimulation extends Simulation {

  private static final String GATEWAY =
      System.getProperty("marquee.gateway", "http://127.0.0.1:8081/payment-gateway/v1");
  private static final String ADMIN =
      "Basic "
          + Base64.getEncoder()
              .encodeToString(
                  (System.getProperty("marquee.admin.email", "admin@bench.example")
                          + ":"
                          + System.getProperty("marquee.admin.password", "bench-admin"))
                      .getBytes(StandardCharsets.UTF_8));
  private static final int CANCELLATIONS = Integer.getInteger("marquee.soak.cancellations", 4);
  private static final int BUSY_SHOWTIMES = 12;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final List<Long> busy = busyShowtimes();
  private final AtomicBoolean over = new AtomicBoolean();
  private final java.util.Set<Long> gone = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private Thread chaos;

  private static List<Long> busyShowtimes() {
    List<Long> all = new ArrayList<>(Bench.showtimes());
    Collections.shuffle(all);
    return List.copyOf(all.subList(0, Math.min(BUSY_SHOWTIMES, all.size())));
  }

  private final ChainBuilder send(String name) {
    return exec(
        http(name)
            .post("/api/v1/orders")
            .basicAuth("#{email}", Bench.PASSWORD)
            .header("Idempotency-Key", "#{key}")
            .body(StringBody("#{order}"))
            .check(
                status().saveAs("status"),
                status().in(201, 402, 409, 429, 503),
                bodyString().saveAs("answer"),
                jsonPath("$.id").ofLong().optional().saveAs("orderId")));
  }

  private final ScenarioBuilder buyers =
      scenario("soak")
          .feed(Bench.accounts(Bench.USERS))
          .during(Duration.ofSeconds(Bench.DURATION))
          .on(
              exec(session -> session.set("showtime", pickShowtime()).remove("free"))
                  .exec(
                      http("soak seat map")
                          .get("/api/v1/showtimes/#{showtime}/seats")
                          .check(
                              status().in(200, 404).saveAs("mapStatus"),
                              jsonPath("$[?(@.status == 'AVAILABLE')].seatId")
                                  .ofLong()
                                  .findAll()
                                  .optional()
                                  .saveAs("free")))
                  // a showtime gone from the catalog (cancelled): as a buyer would, try no more
                  .exec(
                      session -> {
                        if (session.getInt("mapStatus") == 404) {
                          gone.add(session.getLong("showtime"));
                        }
                        return session;
                      })
                  .doIf(session -> session.contains("free") && !session.getList("free").isEmpty())
                  .then(
                      exec(SoakSimulation::order)
                          .exec(send("purchase"))
                          .exec(session -> session.set("tries", 0))
                          .asLongAs(SoakSimulation::worthRepeating)
                          .on(
                              pause(Duration.ofMillis(300))
                                  .exec(
                                      session -> session.set("tries", session.getInt("tries") + 1))
                                  .exec(send("repeat")))
                          .doIf(
                              session ->
                                  session.getInt("status") == 201
                                      && ThreadLocalRandom.current().nextInt(5) == 0)
                          .then(
                              exec(
                                  http("cancel order")
                                      .post("/api/v1/orders/#{orderId}/cancel")
                                      .basicAuth("#{email}", Bench.PASSWORD)
                                      .check(status().in(200, 409)))))
                  .pause(Duration.ZERO, Duration.ofMillis(200)));

  /**
   * A busy showtime not known to be gone; now and then (one time in twenty) any of them, so that
   * purchases keep meeting cancelled showtimes.
   */
  private long pickShowtime() {
    List<Long> open = busy.stream().filter(s -> !gone.contains(s)).toList();
    List<Long> from = open.isEmpty() || ThreadLocalRandom.current().nextInt(20) == 0 ? busy : open;
    return from.get(ThreadLocalRandom.current().nextInt(from.size()));
  }

  /** One or two of the free seats, a new key, a card: declined one time in ten. */
  private static Session order(Session session) {
    List<Long> free = new ArrayList<>(session.getList("free"));
    Collections.shuffle(free, ThreadLocalRandom.current());
    List<Long> seats =
        free.subList(0, Math.min(free.size(), 1 + ThreadLocalRandom.current().nextInt(2)));
    String card =
        ThreadLocalRandom.current().nextInt(10) == 0 ? "4000000000000002" : "4242424242424242";
    String order =
        "{\"showtimeId\":"
            + session.getLong("showtime")
            + ",\"seatIds\":["
            + seats.stream().map(String::valueOf).collect(Collectors.joining(","))
            + "],\"payment\":{\"method\":\"card\",\"cardNumber\":\""
            + card
            + "\",\"expMonth\":12,\"expYear\":"
            + (Year.now().getValue() + 2)
            + ",\"cvc\":\"123\",\"holderName\":\"Soak Test\"}}";
    return session.set("order", order).set("key", UUID.randomUUID().toString()).remove("orderId");
  }

  /** A careful client sends again after a 503, a 429 or an "in progress", six times at most. */
  private static boolean worthRepeating(Session session) {
    int status = session.getInt("status");
    boolean again =
        status == 503
            || status == 429
            || (status == 409 && session.getString("answer").contains("/request-in-progress"));
    return again && session.getInt("tries") < 6;
  }

  @Override
  public void before() {
    chaos = new Thread(this::chaos, "soak-chaos");
    chaos.start();
  }

  @Override
  public void after() {
    over.set(true);
    try {
      chaos.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    gateway(0, false);
  }

  /** The gateway's moods, and the cancellations at even intervals of the run. */
  private void chaos() {
    long start = System.currentTimeMillis();
    long every = Bench.DURATION * 1000L / (CANCELLATIONS + 1);
    int cancelled = 0;
    List<Long> doomed = busy.subList(0, Math.min(CANCELLATIONS, busy.size()));
    while (!over.get()) {
      int dice = ThreadLocalRandom.current().nextInt(10);
      if (dice < 4) {
        gateway(0, false);
      } else if (dice < 6) {
        gateway(400, false);
      } else if (dice < 8) {
        gateway(2600, false);
      } else {
        gateway(0, true);
      }
      if (cancelled < doomed.size()
          && System.currentTimeMillis() - start > every * (cancelled + 1)) {
        send(
            HttpRequest.newBuilder(
                    URI.create(Bench.BASE + "/api/v1/admin/showtimes/" + doomed.get(cancelled)))
                .header("Authorization", ADMIN)
                .DELETE());
        cancelled++;
      }
      try {
        Thread.sleep(1500);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static void gateway(int delayMillis, boolean failing) {
    send(
        HttpRequest.newBuilder(URI.create(GATEWAY + "/simulation"))
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    "{\"delayMillis\":" + delayMillis + ",\"failing\":" + failing + "}")));
  }

  private static void send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> answer =
          CLIENT.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() >= 300) {
        System.err.println("soak chaos: " + answer.statusCode() + " " + answer.body());
      }
    } catch (Exception e) {
      System.err.println("soak chaos: " + e);
    }
  }

  {
    setUp(Bench.signedIn(Bench.USERS, buyers.injectOpen(atOnceUsers(Bench.USERS))))
        .protocols(Bench.protocol())
        .maxDuration(Duration.ofSeconds(Bench.DURATION + 120L));
  }
}
