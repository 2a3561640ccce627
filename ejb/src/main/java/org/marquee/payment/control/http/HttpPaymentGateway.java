package org.marquee.payment.control.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.marquee.payment.boundary.CardDetails;
import org.marquee.payment.boundary.GatewayUnavailableException;
import org.marquee.payment.boundary.InvalidCardException;
import org.marquee.payment.boundary.PaymentGateway;
import org.marquee.payment.boundary.TokenizedCard;

/**
 * The payment gateway over HTTP, through the MicroProfile REST Client. Its address is the system
 * property {@code marquee.gateway.url}; by default the built-in gateway of this very server ({@code
 * http://127.0.0.1:<http port>/payment-gateway/v1}), which a real processor's address replaces. A
 * refusal of the card (400) is the customer's to fix; anything else means the gateway is not
 * available, and nothing was stored.
 */
@ApplicationScoped
public class HttpPaymentGateway implements PaymentGateway {

  private static final Logger LOG = Logger.getLogger(HttpPaymentGateway.class.getName());

  static URI address() {
    String configured = System.getProperty("marquee.gateway.url");
    if (configured != null && !configured.isBlank()) {
      return URI.create(configured);
    }
    int port =
        Integer.getInteger("jboss.http.port", 8080)
            + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    return URI.create("http://127.0.0.1:" + port + "/payment-gateway/v1");
  }

  @Override
  public TokenizedCard tokenize(CardDetails card) {
    JsonObject request =
        Json.createObjectBuilder()
            .add("number", card.number())
            .add("expMonth", card.expMonth())
            .add("expYear", card.expYear())
            .add("cvc", card.cvc())
            .add("holderName", card.holderName())
            .build();
    try (GatewayApi gateway =
        RestClientBuilder.newBuilder()
            .baseUri(address())
            .connectTimeout(3, TimeUnit.SECONDS)
            .readTimeout(10, TimeUnit.SECONDS)
            .build(GatewayApi.class)) {
      JsonObject token = gateway.tokenize(request);
      return new TokenizedCard(
          token.getString("token"),
          token.getString("brand"),
          token.getString("last4"),
          token.getInt("expMonth"),
          token.getInt("expYear"));
    } catch (WebApplicationException e) {
      if (e.getResponse().getStatus() == 400) {
        throw new InvalidCardException("The card was refused: check its number and expiry.");
      }
      LOG.log(Level.WARNING, "payment gateway answered " + e.getResponse().getStatus());
      throw new GatewayUnavailableException();
    } catch (Exception e) {
      // unreachable, refused, timed out, or an answer without the expected members
      LOG.log(Level.WARNING, "payment gateway failed: " + e.getClass().getSimpleName());
      throw new GatewayUnavailableException();
    }
  }
}
