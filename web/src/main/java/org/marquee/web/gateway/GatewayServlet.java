package org.marquee.web.gateway;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.marquee.gateway.boundary.ChargeRecord;
import org.marquee.gateway.boundary.GatewayRefusal;
import org.marquee.gateway.boundary.SimulatedProcessor;
import org.marquee.payment.boundary.InvalidCardException;
import org.marquee.payment.boundary.TokenizedCard;

/**
 * The HTTP face of the built-in payment gateway ({@link SimulatedProcessor}). It is a web module of
 * its own (marquee-gateway.war, context root /payment-gateway), apart from Marquee's pages and API,
 * because it stands for a separate service that Marquee reaches only over HTTP and that a real
 * processor replaces by configuration ({@code marquee.gateway.url}). Its API, under /v1:
 *
 * <ul>
 *   <li>{@code POST /tokens} {@code {number, expMonth, expYear, cvc, holderName}}, with an optional
 *       {@code Idempotency-Key}: 201 {@code {token, brand, last4, expMonth, expYear}}, the same
 *       token for the same key and card; 400 for a card no processor would accept; 409 for the key
 *       with another card.
 *   <li>{@code POST /charges} with an {@code Idempotency-Key} header, {@code {token, amountCents,
 *       currency, capture}}: 201 with the charge ({@code CAPTURED}, or {@code AUTHORIZED} when
 *       {@code capture} is false), 402 with the {@code DECLINED} charge and its {@code
 *       declineCode}; the same key again answers the same; another request under it is a 409.
 *   <li>{@code GET /charges?idempotencyKey=K}, {@code GET /charges/{id}}: the charge, or 404.
 *   <li>{@code POST /charges/{id}/capture}; {@code POST /charges/{id}/refund} with an {@code
 *       Idempotency-Key}: the charge, refunded once whatever the repeats.
 *   <li>{@code GET} and {@code PUT /simulation} {@code {delayMillis, failing}}, from this machine
 *       only: makes the gateway slow (it does the work, then waits before answering, so a caller
 *       that gives up does not know the outcome) or failing (503 before doing anything).
 * </ul>
 *
 * Errors are {@code {"error": code}}.
 */
@WebServlet("/v1/*")
public class GatewayServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB SimulatedProcessor processor;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = path(request);
    if (path.equals("/simulation")) {
      sendSimulation(response, 200);
      return;
    }
    if (simulateFailure(response)) {
      return;
    }
    Optional<ChargeRecord> charge;
    if (path.equals("/charges")) {
      charge = processor.findByKey(request.getParameter("idempotencyKey"));
    } else if (path.startsWith("/charges/") && path.indexOf('/', 9) < 0) {
      charge = processor.find(path.substring(9));
    } else {
      send(response, 404, error("not_found"));
      return;
    }
    if (charge.isPresent()) {
      answer(response, 200, charge.get());
    } else {
      send(response, 404, error("unknown_charge"));
    }
  }

  @Override
  protected void doPut(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!path(request).equals("/simulation")) {
      send(response, 404, error("not_found"));
      return;
    }
    if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
      send(response, 403, error("forbidden"));
      return;
    }
    JsonObject body = body(request);
    Integer delay = body == null ? null : integer(body, "delayMillis");
    if (body == null || delay == null || delay < 0 || delay > 120_000) {
      send(response, 400, error("invalid_request"));
      return;
    }
    Simulation.set(delay, body.getBoolean("failing", false));
    sendSimulation(response, 200);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (simulateFailure(response)) {
      return;
    }
    String path = path(request);
    try {
      if (path.equals("/tokens")) {
        tokenize(request, response);
      } else if (path.equals("/charges")) {
        JsonObject body = body(request);
        if (body == null) {
          send(response, 400, error("invalid_request"));
          return;
        }
        ChargeRecord charge =
            processor.charge(
                request.getHeader("Idempotency-Key"),
                string(body, "token"),
                integer(body, "amountCents"),
                string(body, "currency"),
                body.getBoolean("capture", true));
        answer(response, charge.declined() ? 402 : 201, charge);
      } else if (path.startsWith("/charges/") && path.endsWith("/capture")) {
        answer(response, 200, processor.capture(chargeId(path, "/capture")));
      } else if (path.startsWith("/charges/") && path.endsWith("/refund")) {
        answer(
            response,
            200,
            processor.refund(chargeId(path, "/refund"), request.getHeader("Idempotency-Key")));
      } else {
        send(response, 404, error("not_found"));
      }
    } catch (GatewayRefusal e) {
      send(response, e.status(), error(e.code()));
    }
  }

  private void tokenize(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonObject card = body(request);
    if (card == null) {
      send(response, 400, error("invalid_request"));
      return;
    }
    try {
      TokenizedCard token =
          processor.tokenize(
              request.getHeader("Idempotency-Key"),
              string(card, "number"),
              integer(card, "expMonth"),
              integer(card, "expYear"),
              string(card, "cvc"),
              string(card, "holderName"));
      finish(
          response,
          201,
          Json.createObjectBuilder()
              .add("token", token.token())
              .add("brand", token.brand())
              .add("last4", token.last4())
              .add("expMonth", token.expMonth())
              .add("expYear", token.expYear())
              .build());
    } catch (InvalidCardException e) {
      send(response, 400, error("invalid_card"));
    }
  }

  private static String chargeId(String path, String suffix) {
    return path.substring("/charges/".length(), path.length() - suffix.length());
  }

  private static String path(HttpServletRequest request) {
    return request.getPathInfo() == null ? "/" : request.getPathInfo();
  }

  /** A failing gateway answers 503 before it does anything. */
  private static boolean simulateFailure(HttpServletResponse response) throws IOException {
    if (Simulation.current().failing()) {
      send(response, 503, error("unavailable"));
      return true;
    }
    return false;
  }

  private static void sendSimulation(HttpServletResponse response, int status) throws IOException {
    Simulation current = Simulation.current();
    send(
        response,
        status,
        Json.createObjectBuilder()
            .add("delayMillis", current.delayMillis())
            .add("failing", current.failing())
            .build());
  }

  private static void answer(HttpServletResponse response, int status, ChargeRecord charge)
      throws IOException {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", charge.id())
            .add("idempotencyKey", charge.idempotencyKey())
            .add("status", charge.status())
            .add("amountCents", charge.amountCents())
            .add("currency", charge.currency());
    if (charge.declineCode() != null) {
      json.add("declineCode", charge.declineCode());
    }
    finish(response, status, json.build());
  }

  /** Work done, answer written: a slow gateway waits here, after the charge is made. */
  private static void finish(HttpServletResponse response, int status, JsonObject body)
      throws IOException {
    long delay = Simulation.current().delayMillis();
    if (delay > 0) {
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    send(response, status, body);
  }

  private static JsonObject body(HttpServletRequest request) throws IOException {
    try (JsonReader reader = Json.createReader(request.getInputStream())) {
      JsonValue value = reader.readValue();
      return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  private static JsonObject error(String code) {
    return Json.createObjectBuilder().add("error", code).build();
  }

  private static String string(JsonObject json, String name) {
    return json.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static Integer integer(JsonObject json, String name) {
    if (json.get(name) instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.intValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    return null;
  }

  private static void send(HttpServletResponse response, int status, JsonObject body)
      throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
