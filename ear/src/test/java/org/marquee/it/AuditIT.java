package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log records a sale, a check-in, a cancellation with its refund and a programme change,
 * each with who did it and when, and only administrators read it.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  private static final String ADMIN = Http.basic("IT-Admin@Marquee.example", "it-admin-password");

  @Inject CatalogFixture fixture;
  @Inject Clerks clerks;

  private static List<JsonObject> entries(String action) {
    return Http.array(
            Http.get("/api/v1/admin/audit?limit=200&action=" + action, "Authorization", ADMIN))
        .stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private static JsonObject about(String action, String subject) {
    return entries(action).stream()
        .filter(e -> e.getString("subject").equals(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + action + " for " + subject));
  }

  @Test
  void salesCheckInsRefundsAndProgrammeChangesAreRecordedWithWhoAndWhen() {
    long showtime = fixture.freshShowtime("Audit", 1000);
    JsonObject scheduled = about("SHOWTIME_SCHEDULED", "showtime " + showtime);
    assertTrue(scheduled.getString("at").endsWith("+00:00"));

    Buyer buyer = Buyer.register("audited");
    List<Long> seats = Buyer.seatIds(showtime);
    JsonObject order = Http.object(buyer.buy(showtime, seats.subList(0, 2), Buyer.APPROVED));
    long orderId = order.getJsonNumber("id").longValue();
    JsonObject sale = about("SALE", "order " + orderId);
    assertEquals(buyer.email, sale.getString("actor"));
    assertTrue(sale.getString("detail").contains("WEB"), sale.getString("detail"));

    String clerk = clerks.newClerk();
    long ticketId = order.getJsonArray("tickets").getJsonObject(0).getJsonNumber("id").longValue();
    Http.post(
        "/api/v1/check-ins",
        Json.createObjectBuilder()
            .add("code", order.getJsonArray("tickets").getJsonObject(0).getString("code"))
            .build()
            .toString(),
        "Authorization",
        clerk);
    assertTrue(about("CHECK_IN", "ticket " + ticketId).getString("actor").startsWith("clerk-"));

    Buyer other = Buyer.register("audited-cancel");
    long otherOrder =
        Http.object(other.buy(showtime, seats.subList(3, 4), Buyer.APPROVED))
            .getJsonNumber("id")
            .longValue();
    Http.post("/api/v1/orders/" + otherOrder + "/cancel", "", "Authorization", other.auth);
    assertEquals(other.email, about("ORDER_CANCELLED", "order " + otherOrder).getString("actor"));
    assertTrue(
        entries("PAYMENT_REFUNDED").stream()
            .anyMatch(e -> e.getString("actor").equals(other.email)));

    assertEquals(403, Http.get("/api/v1/admin/audit", "Authorization", buyer.auth).statusCode());
    assertEquals(
        400, Http.get("/api/v1/admin/audit?action=NAP", "Authorization", ADMIN).statusCode());
  }
}
