package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A node shut down while purchases wait in its queue: a second WildFly ({@link ExtraServer}, port
 * offset 10500) that runs one purchase at a time, its gateway slow, gets one purchase that runs and
 * four that wait; then it is stopped (SIGTERM, as a service manager or a rolling redeploy does).
 * The waiting purchases are answered at once with 503 and {@code Retry-After}, not left to time out
 * or cut off, and none of them held a seat or charged a card.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NodeShutdownIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  private static final int OFFSET = 10500;
  private static ExtraServer node;

  @BeforeAll
  static void startTheNodeToStop() throws IOException, InterruptedException {
    node =
        ExtraServer.node(
            "marquee-it-stopping",
            OFFSET,
            System.getProperty("marquee.test.cluster-hosts"),
            ExtraServer.configured("node-stopping", null, null),
            List.of(
                "-Dmarquee.purchases.concurrent=1",
                "-Dmarquee.purchases.queue-wait-ms=30000",
                "-Dmarquee.jobs.hold-reaper-interval=PT24H",
                "-Dmarquee.jobs.reconcile-interval=PT24H"));
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void purchasesWaitingInTheQueueAreAnswered503WhenTheNodeStops() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long movie =
        AdminApi.created(
            AdminApi.send("POST", "/api/v1/admin/movies", AdminApi.movie("Closing " + tag, 90)));
    long showtime = AdminApi.showtime(movie, AdminApi.auditorium(tag, 6), 4);
    List<Long> seats = Buyer.seatIds(showtime);
    String gateway = "http://127.0.0.1:" + (8081 + OFFSET) + "/payment-gateway/v1";
    assertEquals(
        200, Http.send("PUT", gateway + "/simulation", "{\"delayMillis\":4000}").statusCode());

    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Buyer buyer = Buyer.register("closing");
      String body = Buyer.seatsOrder(showtime, seats.subList(i, i + 1), Buyer.card(Buyer.APPROVED));
      answers.add(
          CompletableFuture.supplyAsync(
              () ->
                  Http.post(
                      node.base() + "/api/v1/orders",
                      body,
                      "Authorization",
                      buyer.auth,
                      "Idempotency-Key",
                      UUID.randomUUID().toString())));
      Thread.sleep(i == 0 ? 1000 : 100); // the first takes the one place, the others queue
    }
    long stopping = System.nanoTime();
    node.close();
    long stopped = (System.nanoTime() - stopping) / 1_000_000;

    int busy = 0;
    List<String> seen = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> answer : answers) {
      HttpResponse<String> response;
      try {
        response = answer.join();
      } catch (RuntimeException e) {
        seen.add(String.valueOf(e.getCause()));
        continue; // the purchase that was running when the server went down
      }
      seen.add(response.statusCode() + " " + response.body());
      if (response.statusCode() == 503) {
        busy++;
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), response.toString());
      }
    }
    // the four that waited, and perhaps the one that ran (its gateway gone with the node)
    assertTrue(busy >= 4, "every waiting purchase answered 503: " + seen);
    assertTrue(seen.stream().noneMatch(a -> a.startsWith("500")), "never a 500: " + seen);
    assertTrue(stopped < 20_000, "answered as the node stopped, not after their wait: " + stopped);
    for (int i = 1; i < 5; i++) {
      assertEquals("AVAILABLE", Buyer.status(showtime, seats.get(i)), "nothing held for them");
    }
    System.out.printf("NodeShutdownIT: the node stopped in %d ms%n", stopped);
  }
}
