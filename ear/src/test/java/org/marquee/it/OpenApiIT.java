package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document of /api/v1 (wildfly-config/53-openapi.cli), as a client generator reads it:
 * every resource of the contract, with its operations and path parameters, and every operation with
 * a summary and the error answers it can give, each a problem details body; an operationId and a
 * description on every operation; the fields answered as null nullable, every member required; CORS
 * on /openapi valid by the Fetch standard (any origin, no credentials).
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
    JsonObject document = document();
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

  @Test
  void everyOperationHasASummaryAndDocumentsItsErrors() {
    JsonObject document = document();
    List<String> missing = new ArrayList<>();
    int operations = 0;
    for (var path : document.getJsonObject("paths").entrySet()) {
      // the test deployment's own FixtureResource is no part of the API
      if (!path.getKey().startsWith("/api/v1/")
          || path.getKey().startsWith("/api/v1/test-fixture/")) {
        continue;
      }
      for (var entry : path.getValue().asJsonObject().entrySet()) {
        String method = entry.getKey();
        if (!Set.of("get", "put", "post", "delete", "patch").contains(method)) {
          continue;
        }
        operations++;
        String name = method.toUpperCase() + " " + path.getKey();
        JsonObject operation = entry.getValue().asJsonObject();
        JsonObject responses = operation.getJsonObject("responses");
        if (operation.getString("summary", "").isBlank()) {
          missing.add(name + ": no summary");
        }
        JsonArray security = operation.getJsonArray("security");
        if (security != null && !security.isEmpty() && !responses.containsKey("401")) {
          missing.add(name + ": signs in but documents no 401");
        }
        if (operation.containsKey("requestBody") && !responses.containsKey("400")) {
          missing.add(name + ": takes a body but documents no 400");
        }
        for (String status : responses.keySet()) {
          JsonObject content =
              resolve(document, responses.getJsonObject(status)).getJsonObject("content");
          if (status.matches("[45]..")
              && (content == null || !content.containsKey("application/problem+json"))) {
            missing.add(name + ": its " + status + " is no problem details body");
          }
        }
      }
    }
    assertTrue(operations >= 31, operations + " operations under /api/v1");
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  @Test
  void aPurchaseDocumentsItsSaleItsSeatConflictAndWhenToTryAgain() {
    JsonObject document = document();
    JsonObject responses =
        document
            .getJsonObject("paths")
            .getJsonObject("/api/v1/orders")
            .getJsonObject("post")
            .getJsonObject("responses");
    for (String status : List.of("201", "400", "401", "402", "409", "422", "503")) {
      assertTrue(responses.containsKey(status), "POST /orders documents " + status);
    }
    JsonObject unavailable = resolve(document, responses.getJsonObject("503"));
    assertTrue(
        unavailable.getJsonObject("headers").containsKey("Retry-After"),
        "its 503 says when to try again: " + unavailable);
    assertTrue(
        resolve(document, responses.getJsonObject("201"))
            .getJsonObject("content")
            .getJsonObject("application/json")
            .getJsonObject("schema")
            .getString("$ref")
            .endsWith("/OrderView"),
        "its 201 is the order");
  }

  @Test
  void everyOperationHasAnOperationIdAndADescription() {
    List<String> missing = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    for (var path : document().getJsonObject("paths").entrySet()) {
      for (var entry : path.getValue().asJsonObject().entrySet()) {
        if (!Set.of("get", "put", "post", "delete", "patch").contains(entry.getKey())) {
          continue;
        }
        String name = entry.getKey().toUpperCase() + " " + path.getKey();
        JsonObject operation = entry.getValue().asJsonObject();
        String id = operation.getString("operationId", "");
        if (id.isBlank() || !ids.add(id)) {
          missing.add(name + ": operationId '" + id + "' missing or not unique");
        }
        if (operation.getString("description", "").isBlank()) {
          missing.add(name + ": no description");
        }
      }
    }
    assertTrue(ids.size() >= 31, ids.toString());
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  @Test
  void theFieldsAnsweredAsNullAreNullableAndEveryFieldIsRequired() {
    JsonObject schemas = document().getJsonObject("components").getJsonObject("schemas");
    for (String[] field :
        List.of(
            new String[] {"MovieJson", "posterUrl"},
            new String[] {"MovieJson", "trailerUrl"},
            new String[] {"AccountView", "birthDate"},
            new String[] {"AccountView", "paymentMethod"})) {
      JsonObject property =
          schemas.getJsonObject(field[0]).getJsonObject("properties").getJsonObject(field[1]);
      assertTrue(allowsNull(property), field[0] + "." + field[1] + ": " + property);
    }
    for (String[] field :
        List.of(
            new String[] {"MovieJson", "title"},
            new String[] {"AccountView", "email"},
            new String[] {"TicketView", "code"},
            new String[] {"OrderView", "tickets"})) {
      JsonObject property =
          schemas.getJsonObject(field[0]).getJsonObject("properties").getJsonObject(field[1]);
      assertTrue(!allowsNull(property), field[0] + "." + field[1] + " is never null: " + property);
    }
    for (String schema :
        List.of("MovieJson", "AccountView", "OrderView", "TicketView", "ShowtimeView")) {
      JsonObject object = schemas.getJsonObject(schema);
      assertEquals(
          object.getJsonObject("properties").keySet(),
          Set.copyOf(
              object.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class).stream()
                  .map(jakarta.json.JsonString::getString)
                  .toList()),
          schema + ": every member is written, so every member is required");
    }
  }

  @Test
  void theDocumentIsSharedWithAnyOriginButNeverWithCredentials() {
    HttpResponse<String> simple =
        Http.get("/openapi?format=JSON", "Origin", "https://partner.example");
    assertEquals(200, simple.statusCode());
    assertEquals("*", simple.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertTrue(
        simple.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(),
        "credentials with * are invalid (Fetch standard): " + simple.headers().map());
    HttpResponse<String> preflight =
        Http.request(
            "OPTIONS",
            "/openapi",
            "Origin",
            "https://partner.example",
            "Access-Control-Request-Method",
            "GET");
    assertTrue(preflight.statusCode() == 200 || preflight.statusCode() == 204);
    assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertTrue(
        preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"),
        preflight.headers().map().toString());
    assertTrue(
        preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(),
        preflight.headers().map().toString());
  }

  /** Whether a property's schema admits null: "null" among its types, or anyOf one that does. */
  private static boolean allowsNull(JsonObject property) {
    JsonValue type = property.get("type");
    if (type instanceof JsonArray types && types.contains(Json.createValue("null"))) {
      return true;
    }
    if (type instanceof jakarta.json.JsonString single && single.getString().equals("null")) {
      return true;
    }
    JsonArray anyOf = property.getJsonArray("anyOf");
    return anyOf != null
        && anyOf.getValuesAs(JsonObject.class).stream().anyMatch(OpenApiIT::allowsNull);
  }

  private static JsonObject document() {
    HttpResponse<String> answer = Http.get("/openapi?format=JSON");
    assertEquals(200, answer.statusCode(), answer.body());
    return Http.object(answer);
  }

  /** A response as written, or the one of the components its $ref names. */
  private static JsonObject resolve(JsonObject document, JsonObject response) {
    String ref = response.getString("$ref", null);
    if (ref == null) {
      return response;
    }
    return document
        .getJsonObject("components")
        .getJsonObject("responses")
        .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
