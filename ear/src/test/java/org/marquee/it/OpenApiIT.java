package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document of /api/v1 (wildfly-config/53-openapi.cli), as a client generator reads it:
 * every resource of the contract, with its operations and path parameters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Test
  void theDocumentDescribesEveryResourceOfTheApi() {
    HttpResponse<String> answer = Http.get("/openapi?format=JSON");
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject document = Http.object(answer);
    assertTrue(document.getString("openapi").startsWith("3."), document.getString("openapi"));
    assertEquals("Marquee", document.getJsonObject("info").getString("title"));
    JsonObject paths = document.getJsonObject("paths");
    for (String path :
        List.of(
            "/api/v1/movies",
            "/api/v1/movies/{movieId}",
            "/api/v1/theaters",
            "/api/v1/showtimes",
            "/api/v1/showtimes/{showtimeId}/seats",
            "/api/v1/holds",
            "/api/v1/orders",
            "/api/v1/orders/{orderId}/cancel",
            "/api/v1/tickets/{ticketId}/qr",
            "/api/v1/check-ins",
            "/api/v1/box-office/sales",
            "/api/v1/accounts/me",
            "/api/v1/admin/showtimes")) {
      assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
    }
    assertTrue(paths.getJsonObject("/api/v1/orders").containsKey("post"), "POST /orders");
    assertTrue(
        paths.getJsonObject("/api/v1/showtimes/{showtimeId}/seats").containsKey("get"),
        "GET a seat map");
  }
}
