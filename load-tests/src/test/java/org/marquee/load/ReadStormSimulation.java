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
 * Read storm: catalog and seat-map reads only, by {@code marquee.users} concurrent users for {@code
 * marquee.duration} seconds. Each user lists the movies now showing, one city's next showtimes and
 * one showtime's seat map, then makes way for the next.
 */
public class ReadStormSimulation extends Simulation {

  private final List<Long> showtimes = Bench.showtimes();

  private final ScenarioBuilder reads =
      scenario("read storm")
          .exec(
              session ->
                  session
                      .set(
                          "showtime",
                          showtimes.get(ThreadLocalRandom.current().nextInt(showtimes.size())))
                      .set(
                          "city", "Bench%20City%20" + (1 + ThreadLocalRandom.current().nextInt(5))))
          .exec(http("movies now").get("/api/v1/movies?when=now").check(status().is(200)))
          .exec(
              http("showtimes in a city")
                  .get("/api/v1/showtimes?city=#{city}&limit=20")
                  .check(status().is(200)))
          .exec(Bench.seatMap("seat map"));

  {
    setUp(
            reads.injectClosed(
                constantConcurrentUsers(Bench.USERS).during(Duration.ofSeconds(Bench.DURATION))))
        .protocols(Bench.protocol());
  }
}
