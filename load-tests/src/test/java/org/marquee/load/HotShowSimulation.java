package org.marquee.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Hot show: {@code marquee.buyers} buyers (1000), signed in beforehand, arrive at once on one
 * 300-seat showtime ("Opening Night"). Each reads the seat map, tries to buy 1 to 4 of the seats it
 * shows free, and on a 409 reads the map again and tries other seats, until it has bought or the
 * show is sold out; told to come back (503, Retry-After: 1), it waits a second and tries again.
 */
public class HotShowSimulation extends Simulation {

  private final long hotShow = Bench.hotShow();

  private final ScenarioBuilder rush =
      scenario("hot show")
          .feed(Bench.accounts(Bench.BUYERS))
          .exec(session -> session.set("showtime", hotShow).set("done", false))
          .asLongAs(session -> !session.getBoolean("done"))
          .on(
              exec(Bench.seatMap("hot seat map"))
                  .doIfOrElse(
                      session -> session.contains("free") && !session.getList("free").isEmpty())
                  .then(
                      exec(Bench.purchase("hot purchase", 4))
                          .exec(session -> next(session))
                          // told to come back (503 and Retry-After: 1): wait a second, as asked
                          .doIf(session -> session.getInt("status") == 503)
                          .then(pause(Duration.ofSeconds(1))))
                  .orElse(exec(session -> session.set("done", true))));

  /**
   * Done after a sale, after an answer that is neither a 409 nor a 503, or after 100 attempts; else
   * try again with what the seat map then shows.
   */
  private static Session next(Session session) {
    int status = session.contains("status") ? session.getInt("status") : 0;
    int attempts = session.contains("attempts") ? session.getInt("attempts") + 1 : 1;
    return session
        .set("attempts", attempts)
        .set("done", attempts >= 100 || (status != 409 && status != 503));
  }

  {
    setUp(Bench.signedIn(Bench.BUYERS, rush.injectOpen(atOnceUsers(Bench.BUYERS))))
        .protocols(Bench.protocol())
        .maxDuration(Duration.ofMinutes(10));
  }
}
