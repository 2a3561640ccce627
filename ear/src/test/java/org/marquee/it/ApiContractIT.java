package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.it.contract.OpenApiContract;

/**
 * The contract test: every operation of the OpenAPI document that the server serves is driven over
 * real HTTP with real data (a programme the administrator builds through the API, a customer who
 * registers, stores a card, holds, buys, checks in and cancels), for its success and for the
 * refusals a client meets, and every answer is held to that document ({@link OpenApiContract}): a
 * status it does not document, a media type it does not give, or a body that breaks the schema (a
 * null where the field is not nullable, a missing required field, a wrong type) fails the test, and
 * so does an operation of the document that the test never drove. The checker itself is shown to
 * fail on an undocumented status, a schema-breaking body and a document that is wrong.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String JSON = "application/json";

  private final List<String> violations = new ArrayList<>();
  private OpenApiContract contract;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Test
  void everyDocumentedOperationAnswersAsTheDocumentSays() {
    contract = new OpenApiContract(document());
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String admin = AdminApi.ADMIN;

    // the programme, as an administrator builds it
    long theater =
        id(
            call(
                "POST",
                "/api/v1/admin/theaters",
                AdminApi.theater("Contract Hall " + tag, "Contract City " + tag, "Europe/Berlin"),
                admin,
                201));
    call("GET", "/api/v1/theaters/" + theater, null, null, 200);
    call("GET", "/api/v1/theaters/0", null, null, 404);
    call("GET", "/api/v1/theaters?city=Contract%20City%20" + tag, null, null, 200);
    call("GET", "/api/v1/theaters?limit=0", null, null, 400);
    long auditorium =
        id(
            call(
                "POST",
                "/api/v1/admin/theaters/" + theater + "/auditoriums",
                AdminApi.auditorium(
                    "One",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("row", "A").add("seats", 8))
                        .add(
                            Json.createObjectBuilder()
                                .add("row", "B")
                                .add("seats", 8)
                                .add("category", "PREMIUM"))),
                admin,
                201));
    call(
        "POST",
        "/api/v1/admin/theaters/" + theater + "/auditoriums",
        AdminApi.auditorium(
            "One",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("row", "A").add("seats", 2))),
        admin,
        409);
    call(
        "POST",
        "/api/v1/admin/theaters/999999999/auditoriums",
        AdminApi.auditorium(
            "Two",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("row", "A").add("seats", 2))),
        admin,
        404);
    long movie =
        id(
            call(
                "POST",
                "/api/v1/admin/movies",
                AdminApi.movie("Contract Premiere " + tag, 100),
                admin,
                201));
    call("POST", "/api/v1/admin/movies", Json.createObjectBuilder().build(), admin, 400);
    // no poster, no trailer yet: both null, which the document must allow
    JsonObject bare = Http.object(call("GET", "/api/v1/movies/" + movie, null, null, 200));
    assertEquals(JsonValue.NULL, bare.get("posterUrl"), bare.toString());
    call("GET", "/api/v1/movies/abc", null, null, 404);
    call(
        "PUT", "/api/v1/admin/movies/" + movie, AdminApi.movie("Contract " + tag, 100), admin, 200);
    call("PUT", "/api/v1/admin/movies/999999999", AdminApi.movie("Nobody", 100), admin, 404);
    upload("/api/v1/admin/movies/" + movie + "/poster", "image/png", admin, 204);
    upload("/api/v1/admin/movies/" + movie + "/poster", "text/plain", admin, 400);
    upload("/api/v1/admin/movies/" + movie + "/trailer", "video/webm", admin, 204);
    JsonObject dressed = Http.object(call("GET", "/api/v1/movies/" + movie, null, null, 200));
    assertFalse(dressed.isNull("posterUrl"), dressed.toString());
    OffsetDateTime start =
        OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.HOURS);
    long showtime =
        id(
            call(
                "POST",
                "/api/v1/admin/showtimes",
                AdminApi.showtime(movie, auditorium, start, 1000),
                admin,
                201));
    call(
        "POST",
        "/api/v1/admin/showtimes",
        AdminApi.showtime(movie, auditorium, start.plusMinutes(30), 1000),
        admin,
        409);
    call(
        "POST",
        "/api/v1/admin/showtimes",
        AdminApi.showtime(999999999, auditorium, start.plusDays(3), 1000),
        admin,
        404);
    call(
        "POST",
        "/api/v1/admin/showtimes",
        AdminApi.showtime(movie, auditorium, start.minusDays(5), 1000),
        admin,
        400);
    long cancelled =
        id(
            call(
                "POST",
                "/api/v1/admin/showtimes",
                AdminApi.showtime(movie, auditorium, start.plusDays(1), 1000),
                admin,
                201));

    // the catalog, as anyone reads it
    call("GET", "/api/v1/movies?when=now&city=Contract%20City%20" + tag, null, null, 200);
    call("GET", "/api/v1/movies?when=sometimes", null, null, 400);
    call("GET", "/api/v1/showtimes?theaterId=" + theater, null, null, 200);
    call("GET", "/api/v1/showtimes?date=yesterday", null, null, 400);
    call("GET", "/api/v1/showtimes/" + showtime, null, null, 200);
    call("GET", "/api/v1/showtimes/999999999", null, null, 404);
    call("GET", "/api/v1/showtimes/" + showtime + "/seats", null, null, 200);
    call("GET", "/api/v1/showtimes/0/seats", null, null, 404);
    List<Long> seats = Buyer.seatIds(showtime);

    // a customer: registers (no birth date, no card: nulls), stores a card, holds, buys
    String email = "contract-" + tag + "@example.com";
    JsonObject registration =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", "correct horse")
            .add("displayName", "Contract")
            .build();
    call("POST", "/api/v1/accounts", registration, null, 201);
    call("POST", "/api/v1/accounts", registration, null, 409);
    call(
        "POST",
        "/api/v1/accounts",
        Json.createObjectBuilder(registration).add("email", "not-an-email").build(),
        null,
        400);
    String customer = Http.basic(email, "correct horse");
    JsonObject account = Http.object(call("GET", "/api/v1/accounts/me", null, customer, 200));
    assertEquals(JsonValue.NULL, account.get("paymentMethod"), account.toString());
    assertEquals(JsonValue.NULL, account.get("birthDate"), account.toString());
    call("GET", "/api/v1/accounts/me", null, null, 401);
    call("GET", "/api/v1/accounts/me", null, Http.basic(email, "wrong password"), 401);
    JsonObject card =
        Json.createObjectBuilder(Buyer.card(Buyer.APPROVED).build()).remove("method").build();
    call("PUT", "/api/v1/accounts/me/payment-method", card, customer, 200);
    call(
        "PUT",
        "/api/v1/accounts/me/payment-method",
        Json.createObjectBuilder(card).add("cardNumber", "4242424242424241").build(),
        customer,
        400);
    call("GET", "/api/v1/accounts/me", null, customer, 200);

    long hold =
        Http.object(
                call(
                    "POST",
                    "/api/v1/holds",
                    holdBody(showtime, seats.subList(0, 2)),
                    customer,
                    201))
            .getJsonNumber("holdId")
            .longValue();
    call("POST", "/api/v1/holds", holdBody(showtime, seats.subList(1, 3)), customer, 409);
    call("POST", "/api/v1/holds", holdBody(showtime, List.of()), customer, 400);
    call("POST", "/api/v1/holds", holdBody(999999999, seats.subList(4, 5)), customer, 404);
    call("DELETE", "/api/v1/holds/" + hold, null, customer, 204);
    call("DELETE", "/api/v1/holds/999999999", null, customer, 404);

    JsonObject order =
        Http.object(
            call(
                "POST",
                "/api/v1/orders",
                Json.createObjectBuilder()
                    .add("showtimeId", showtime)
                    .add("seatIds", Buyer.ids(seats.subList(0, 2)))
                    .add("payment", Buyer.saved())
                    .build(),
                customer,
                201));
    long orderId = order.getJsonNumber("id").longValue();
    long ticket = order.getJsonArray("tickets").getJsonObject(0).getJsonNumber("id").longValue();
    String code = order.getJsonArray("tickets").getJsonObject(0).getString("code");
    call(
        "POST",
        "/api/v1/orders",
        orderBody(showtime, seats.subList(1, 2), Buyer.saved()),
        customer,
        409);
    call(
        "POST",
        "/api/v1/orders",
        orderBody(showtime, seats.subList(3, 4), Buyer.card(Buyer.DECLINED)),
        customer,
        402);
    call("POST", "/api/v1/orders", Json.createObjectBuilder().build(), customer, 400);
    String key = "contract-" + tag;
    call(
        "POST",
        "/api/v1/orders",
        orderBody(showtime, seats.subList(4, 5), Buyer.saved()),
        customer,
        201,
        "Idempotency-Key",
        key);
    call(
        "POST",
        "/api/v1/orders",
        orderBody(showtime, seats.subList(5, 6), Buyer.saved()),
        customer,
        422,
        "Idempotency-Key",
        key);
    long second =
        id(
            call(
                "POST",
                "/api/v1/orders",
                orderBody(showtime, seats.subList(6, 7), Buyer.saved()),
                customer,
                201));

    call("GET", "/api/v1/orders/" + orderId, null, customer, 200);
    call("GET", "/api/v1/orders/999999999", null, customer, 404);
    call("GET", "/api/v1/accounts/me/orders", null, customer, 200);
    call("GET", "/api/v1/accounts/me/orders?offset=-1", null, customer, 400);
    call("GET", "/api/v1/accounts/me/tickets", null, customer, 200);
    call("GET", "/api/v1/accounts/me/tickets?when=past", null, customer, 200);
    call("GET", "/api/v1/accounts/me/tickets?when=never", null, customer, 400);
    call("GET", "/api/v1/tickets/" + ticket, null, customer, 200);
    call("GET", "/api/v1/tickets/999999999", null, customer, 404);
    call("GET", "/api/v1/tickets/" + ticket + "/qr", null, customer, 200);
    call("GET", "/api/v1/tickets/999999999/qr", null, customer, 404);

    // the door and the box office (the administrator is a clerk too)
    JsonObject checkIn = Json.createObjectBuilder().add("code", code).build();
    call("POST", "/api/v1/check-ins", checkIn, admin, 200);
    call("POST", "/api/v1/check-ins", checkIn, admin, 409);
    call(
        "POST",
        "/api/v1/check-ins",
        Json.createObjectBuilder().add("code", "x".repeat(27)).build(),
        admin,
        404);
    call("POST", "/api/v1/check-ins", Json.createObjectBuilder().build(), admin, 400);
    call("POST", "/api/v1/check-ins", checkIn, customer, 403);
    call(
        "POST",
        "/api/v1/box-office/sales",
        orderBody(showtime, seats.subList(8, 9), Json.createObjectBuilder().add("method", "cash")),
        admin,
        201);
    call(
        "POST",
        "/api/v1/box-office/sales",
        orderBody(showtime, seats.subList(8, 9), Json.createObjectBuilder().add("method", "cash")),
        admin,
        409);
    call(
        "POST",
        "/api/v1/box-office/sales",
        orderBody(showtime, seats.subList(9, 10), Buyer.saved()),
        admin,
        400);

    // cancelling: a used ticket's order cannot be, another can
    call("POST", "/api/v1/orders/" + orderId + "/cancel", null, customer, 409);
    call("POST", "/api/v1/orders/" + second + "/cancel", null, customer, 200);
    call("POST", "/api/v1/orders/999999999/cancel", null, customer, 404);
    call("DELETE", "/api/v1/accounts/me/payment-method", null, customer, 204);

    // administration's reads and refusals
    call("GET", "/api/v1/admin/audit?action=SALE&limit=5", null, admin, 200);
    call("GET", "/api/v1/admin/audit?action=NOTHING", null, admin, 400);
    call("GET", "/api/v1/admin/audit", null, customer, 403);
    call("DELETE", "/api/v1/admin/showtimes/" + cancelled, null, admin, 204);
    call("DELETE", "/api/v1/admin/showtimes/999999999", null, admin, 404);

    // what any operation may answer before its method runs
    call("GET", "/api/v1/movies", null, null, 406, "Accept", "text/html");
    call("POST", "/api/v1/holds", null, customer, 415, "Content-Type", "text/plain");
    call(
        "DELETE",
        "/api/v1/accounts/me/payment-method",
        null,
        customer,
        204,
        "Accept",
        "application/problem+json");

    Set<String> undriven = new TreeSet<>(contract.operationIds());
    undriven.removeAll(contract.driven());
    assertTrue(contract.operationIds().size() >= 31, contract.operationIds().toString());
    assertTrue(undriven.isEmpty(), "operations of the document never driven: " + undriven);
    assertTrue(violations.isEmpty(), String.join("\n", violations));
  }

  @Test
  void theCheckerFailsAnUndocumentedStatusAndABodyThatBreaksItsSchema() {
    OpenApiContract checker = new OpenApiContract(document());
    String movie =
        "{\"id\": 1, \"title\": \"T\", \"synopsis\": \"\", \"runtimeMinutes\": 90, \"rating\":"
            + " \"PG\", \"genres\": [], \"releaseDate\": \"2026-01-01\", \"posterUrl\": null,"
            + " \"trailerUrl\": null}";
    assertEquals(List.of(), checker.check("GET", "/api/v1/movies/1", 200, JSON, movie));
    assertFalse(
        checker.check("GET", "/api/v1/movies/1", 418, JSON, movie).isEmpty(),
        "an undocumented status");
    assertFalse(
        checker
            .check("GET", "/api/v1/movies/1", 200, JSON, movie.replace("\"T\"", "null"))
            .isEmpty(),
        "a null title");
    assertFalse(
        checker
            .check("GET", "/api/v1/movies/1", 200, JSON, movie.replace("\"id\": 1,", ""))
            .isEmpty(),
        "no id");
    assertFalse(
        checker
            .check("GET", "/api/v1/movies/1", 200, JSON, movie.replace("90", "\"90\""))
            .isEmpty(),
        "a runtime as a string");
    assertFalse(
        checker.check("GET", "/api/v1/movies/1", 200, "text/html", movie).isEmpty(),
        "an undocumented media type");
    assertFalse(
        checker
            .check(
                "GET",
                "/api/v1/movies/1",
                404,
                "application/problem+json",
                "{\"title\": \"Not found\"}")
            .isEmpty(),
        "a problem without its type, status and detail");
    assertFalse(
        checker.check("GET", "/api/v1/nothing", 200, JSON, "{}").isEmpty(),
        "an operation the document lacks");
  }

  @Test
  void aDocumentThatDeniesANullFailsTheRealAnswer() {
    JsonObject document = document();
    // the same document, but posterUrl no longer nullable: a movie without a poster breaks it
    JsonObject wrong =
        Json.createPointer("/components/schemas/MovieJson/properties/posterUrl")
            .replace(document, Json.createObjectBuilder().add("type", "string").build());
    long movie =
        AdminApi.created(
            AdminApi.send(
                "POST",
                "/api/v1/admin/movies",
                AdminApi.movie("Posterless " + UUID.randomUUID(), 90)));
    HttpResponse<String> answer = Http.get("/api/v1/movies/" + movie);
    String type = answer.headers().firstValue("Content-Type").orElse(null);
    assertEquals(
        List.of(),
        new OpenApiContract(document)
            .check("GET", "/api/v1/movies/" + movie, answer.statusCode(), type, answer.body()));
    assertFalse(
        new OpenApiContract(wrong)
            .check("GET", "/api/v1/movies/" + movie, answer.statusCode(), type, answer.body())
            .isEmpty());
  }

  private static JsonObject document() {
    HttpResponse<String> answer = Http.get("/openapi?format=JSON");
    assertEquals(200, answer.statusCode(), answer.body());
    return Http.object(answer);
  }

  private static JsonObject holdBody(long showtime, List<Long> seats) {
    return Json.createObjectBuilder()
        .add("showtimeId", showtime)
        .add("seatIds", Buyer.ids(seats))
        .build();
  }

  private static JsonObject orderBody(
      long showtime, List<Long> seats, jakarta.json.JsonObjectBuilder payment) {
    return Json.createObjectBuilder()
        .add("showtimeId", showtime)
        .add("seatIds", Buyer.ids(seats))
        .add("payment", payment)
        .build();
  }

  private static long id(HttpResponse<String> answer) {
    return Http.object(answer).getJsonNumber("id").longValue();
  }

  /**
   * Sends a request (a JSON body, or none), checks that it got {@code expected} (the scenario's own
   * assumption) and holds the answer to the document, whatever its status.
   */
  private HttpResponse<String> call(
      String method,
      String path,
      JsonObject body,
      String authorization,
      int expected,
      String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Http.base() + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString()));
    if (body != null) {
      request.header("Content-Type", JSON);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    boolean accept = false;
    for (int i = 0; i < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
      accept |= headers[i].equalsIgnoreCase("Accept");
    }
    if (!accept) {
      request.header("Accept", "application/json, application/problem+json");
    }
    return send(method, path, request, expected);
  }

  /** A poster or trailer upload: a few bytes of that type. */
  private void upload(String path, String type, String authorization, int expected) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Http.base() + path))
            .header("Content-Type", type)
            .header("Authorization", authorization)
            .PUT(
                HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}));
    send("PUT", path, request, expected);
  }

  private HttpResponse<String> send(
      String method, String path, HttpRequest.Builder request, int expected) {
    HttpResponse<String> answer;
    try {
      answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String name = method + " " + path;
    assertEquals(expected, answer.statusCode(), name + ": " + answer.body());
    violations.addAll(
        contract.check(
            method,
            path,
            answer.statusCode(),
            answer.headers().firstValue("Content-Type").orElse(null),
            answer.body()));
    return answer;
  }
}
