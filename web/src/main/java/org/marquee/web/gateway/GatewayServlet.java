package org.marquee.web.gateway;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.marquee.gateway.boundary.SimulatedProcessor;
import org.marquee.payment.boundary.InvalidCardException;
import org.marquee.payment.boundary.TokenizedCard;

/**
 * The HTTP face of the built-in payment gateway ({@link SimulatedProcessor}), at
 * /payment-gateway/v1: {@code POST /tokens} with {@code {number, expMonth, expYear, cvc,
 * holderName}} answers {@code 201 {token, brand, last4, expMonth, expYear}}, or {@code 400 {error}}
 * for a card no processor would accept. It is a plain servlet, apart from Marquee's own API,
 * because it stands for a separate service that Marquee reaches only over HTTP.
 */
@WebServlet("/payment-gateway/v1/*")
public class GatewayServlet extends HttpServlet {

  @Inject SimulatedProcessor processor;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/tokens".equals(request.getPathInfo())) {
      send(response, 404, Json.createObjectBuilder().add("error", "not_found").build());
      return;
    }
    JsonObject card;
    try (JsonReader reader = Json.createReader(request.getInputStream())) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new JsonException("not an object");
      }
      card = value.asJsonObject();
    } catch (JsonException | IllegalStateException e) {
      send(response, 400, error("invalid_request"));
      return;
    }
    try {
      TokenizedCard token =
          processor.tokenize(
              string(card, "number"),
              integer(card, "expMonth"),
              integer(card, "expYear"),
              string(card, "cvc"),
              string(card, "holderName"));
      send(
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

  private static JsonObject error(String code) {
    return Json.createObjectBuilder().add("error", code).build();
  }

  private static String string(JsonObject json, String name) {
    return json.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static Integer integer(JsonObject json, String name) {
    return json.get(name) instanceof JsonNumber n && n.isIntegral() ? n.intValue() : null;
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
