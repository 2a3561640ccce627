package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests carry an id from the edge to the log: the answer names it in {@code X-Request-Id} (the
 * caller's own, or a new one), and marquee.log, one JSON object a line, gives it under {@code
 * mdc.requestId} on the lines logged for that request, even from the thread that ran a queued
 * purchase.
 */
@ExtendWith(ArquillianExtension.class)
class RequestLogIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;

  /** marquee.log's lines, as the server writes them (this test runs inside it). */
  private static List<JsonObject> logLines() throws Exception {
    Path log = Path.of(System.getProperty("jboss.server.log.dir"), "marquee.log");
    return Files.readAllLines(log).stream()
        .filter(line -> line.startsWith("{"))
        .map(
            line -> {
              try (JsonReader reader = Json.createReader(new StringReader(line))) {
                return reader.readObject();
              }
            })
        .toList();
  }

  private static String requestIdOf(JsonObject line) {
    JsonObject mdc = line.getJsonObject("mdc");
    return mdc == null ? null : mdc.getString("requestId", null);
  }

  @Test
  void anAnswerNamesItsRequestsIdTheCallersOrANewOne() {
    HttpResponse<String> mine = Http.get("/api/v1/movies", "X-Request-Id", "lb-1234");
    assertEquals("lb-1234", mine.headers().firstValue("X-Request-Id").orElseThrow());
    HttpResponse<String> made = Http.get("/api/v1/movies");
    assertTrue(made.headers().firstValue("X-Request-Id").orElseThrow().matches("[0-9a-f]{16}"));
    HttpResponse<String> forged = Http.get("/api/v1/movies", "X-Request-Id", "a b c");
    assertTrue(forged.headers().firstValue("X-Request-Id").orElseThrow().matches("[0-9a-f]{16}"));
  }

  @Test
  void whatIsLoggedForAPurchaseCarriesItsRequestsId() throws Exception {
    long showtime = fixture.freshShowtime("Logged", 900);
    List<Long> seats = Buyer.seatIds(showtime);
    Buyer buyer = Buyer.register("logged");
    String id = "it-" + UUID.randomUUID();
    try (GatewaySwitch gateway = GatewaySwitch.failing()) {
      HttpResponse<String> refused =
          buyer.order(
              Buyer.seatsOrder(showtime, seats.subList(0, 1), Buyer.card(Buyer.APPROVED)),
              "X-Request-Id",
              id);
      assertEquals(503, refused.statusCode(), refused.body());
      assertEquals(id, refused.headers().firstValue("X-Request-Id").orElseThrow());
    }
    List<JsonObject> mine =
        logLines().stream().filter(line -> id.equals(requestIdOf(line))).toList();
    assertTrue(
        mine.stream()
            .anyMatch(
                line ->
                    line.getString("level").equals("WARNING")
                        && line.getString("loggerName").startsWith("org.marquee.payment")
                        && line.getString("message").contains("payment gateway")),
        "the gateway's failure, logged under the request's id: " + mine);
    assertEquals("marquee", mine.get(0).getString("app"));
  }
}
