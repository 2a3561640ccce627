package org.marquee.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Mixed day: two reads to a write, spread over every showtime of the data set. {@code
 * marquee.customers} customers (200) sign in first; then, for {@code marquee.duration} seconds,
 * {@code marquee.users} of them at a time list the movies now showing, read a random showtime's
 * seat map and buy one or two of its free seats with a card (told to come back by a 503, they do, a
 * second later, up to five times), one customer after the other.
 */
public class MixedDaySimulation extends Simulation {

  private final List<Long> showtimes = Bench.showtimes();

  private final ScenarioBuilder day =
      scenario("mixed day")
          .feed(Bench.accounts(Bench.CUSTOMERS))
          .exec(
              session ->
                  session.set(
                      "showtime",
                      showtimes.get(ThreadLocalRandom.current().nextInt(showtimes.size()))))
          .exec(http("movies now").get("/api/v1/movies?when=now").check(status().is(200)))
          .exec(Bench.seatMap("seat map"))
          .doIf(session -> session.contains("free") && !session.getList("free").isEmpty())
          .then(Bench.patientPurchase("purchase", 2, 5));

  {
    setUp(
            Bench.signedIn(
                Bench.CUSTOMERS,
                day.injectClosed(
                    constantConcurrentUsers(Bench.USERS)
                        .during(Duration.ofSeconds(Bench.DURATION)))))
        .protocols(Bench.protocol());
  }
}
