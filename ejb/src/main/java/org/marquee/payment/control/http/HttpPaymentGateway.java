package org.marquee.payment.control.http;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.marquee.payment.boundary.CardDetails;
import org.marquee.payment.boundary.CardPaymentsUnavailableException;
import org.marquee.payment.boundary.ChargeOutcome;
import org.marquee.payment.boundary.GatewayUnavailableException;
import org.marquee.payment.boundary.InvalidCardException;
import org.marquee.payment.boundary.PaymentGateway;
import org.marquee.payment.boundary.PaymentOutcomeUnknownException;
import org.marquee.payment.boundary.TokenizedCard;
import org.marquee.platform.Settings;

/**
 * The payment gateway over HTTP, through the MicroProfile REST Client, behind MicroProfile Fault
 * Tolerance. Its address is decided by {@link GatewayAddress}: the processor of {@code
 * marquee.gateway.url}, the simulated one of the demo and the tests, or none, in which case every
 * call fails at once with {@link CardPaymentsUnavailableException} (a 503): a node that was told of
 * no processor takes no card payment.
 *
 * <ul>
 *   <li>Every call gives up after {@code marquee.gateway.read-timeout-ms} (8 s by default) without
 *       an answer, with {@link Timeout} as a backstop; a charge that timed out has an unknown
 *       outcome ({@link PaymentOutcomeUnknownException}), which the reconciler settles later.
 *   <li>{@link Retry} only where it is safe: a charge is retried only when the gateway surely did
 *       nothing (not reachable, or 503 before acting); lookups and refunds, which change nothing or
 *       carry their own idempotency key, also after a timeout.
 *   <li>{@link CircuitBreaker}: when half of the last 10 calls of a kind failed, calls fail at once
 *       for a while instead of piling up behind a dead gateway.
 *   <li>{@link Bulkhead}: at most 32 calls at once per kind from this node, so a slow gateway
 *       cannot take every request thread with it.
 * </ul>
 *
 * The fault tolerance limits can be tuned through MicroProfile Config, for example {@code
 * org.marquee.payment.control.http.HttpPaymentGateway/CircuitBreaker/delay}.
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@CircuitBreaker(
    requestVolumeThreshold = 10,
    failureRatio = 0.5,
    delay = 10_000,
    failOn = {GatewayUnavailableException.class, PaymentOutcomeUnknownException.class},
    skipOn = CardPaymentsUnavailableException.class)
@Bulkhead(32)
public class HttpPaymentGateway implements PaymentGateway {

  private static final Logger LOG = Logger.getLogger(HttpPaymentGateway.class.getName());

  /** Connections kept open to the gateway: more than the bulkhead lets through at once. */
  private static final int CONNECTIONS = 40;

  private GatewayApi client;
  private String clientSettings;

  /**
   * One client for every call, built on first use, with a pool of keep-alive connections: building
   * a REST client per call was the largest single item in a profile of purchases, and a new
   * connection per call cost a TCP handshake each time (src-docs/benchmarks.md).
   */
  private synchronized GatewayApi client() {
    URI address = GatewayAddress.current().uri().orElseThrow(CardPaymentsUnavailableException::new);
    long readTimeout = Settings.getLong("marquee.gateway.read-timeout-ms", 8000);
    String settings = address + " " + readTimeout;
    if (client != null && !settings.equals(clientSettings)) {
      close(); // the address or timeout was changed while running: a client for the new ones
    }
    if (client == null) {
      clientSettings = settings;
      client =
          RestClientBuilder.newBuilder()
              .baseUri(address)
              .connectTimeout(3, TimeUnit.SECONDS)
              .readTimeout(readTimeout, TimeUnit.MILLISECONDS)
              .property("microprofile.rest.client.disable.default.mapper", true)
              .property("resteasy.connectionPoolSize", CONNECTIONS)
              .property("resteasy.maxPooledPerRoute", CONNECTIONS)
              .build(GatewayApi.class);
    }
    return client;
  }

  @PreDestroy
  synchronized void close() {
    if (client != null) {
      try {
        client.close();
      } catch (Exception e) {
        LOG.log(Level.FINE, "closing the payment gateway client", e);
      }
      client = null;
    }
  }

  @Override
  @Retry(
      maxRetries = 2,
      delay = 200,
      retryOn = GatewayUnavailableException.class,
      abortOn = CardPaymentsUnavailableException.class)
  public TokenizedCard tokenize(CardDetails card, String idempotencyKey) {
    JsonObject request =
        Json.createObjectBuilder()
            .add("number", card.number())
            .add("expMonth", card.expMonth())
            .add("expYear", card.expYear())
            .add("cvc", card.cvc())
            .add("holderName", card.holderName())
            .build();
    return call(
        api -> api.tokenize(idempotencyKey, request),
        response -> {
          if (response.getStatus() == 400 || response.getStatus() == 409) {
            throw new InvalidCardException("The card was refused: check its number and expiry.");
          }
          JsonObject token = expect(response, 201);
          return new TokenizedCard(
              token.getString("token"),
              token.getString("brand"),
              token.getString("last4"),
              token.getInt("expMonth"),
              token.getInt("expYear"));
        });
  }

  @Override
  @Retry(
      maxRetries = 2,
      delay = 200,
      retryOn = GatewayUnavailableException.class,
      abortOn = {PaymentOutcomeUnknownException.class, CardPaymentsUnavailableException.class})
  public ChargeOutcome charge(
      String token, int amountCents, String currency, String idempotencyKey) {
    JsonObject request =
        Json.createObjectBuilder()
            .add("token", token)
            .add("amountCents", amountCents)
            .add("currency", currency)
            .add("capture", true)
            .build();
    return call(
        api -> api.charge(idempotencyKey, request),
        response -> {
          int status = response.getStatus();
          if (status == 400 || status == 404) {
            // the processor refused before charging, such as for a token it no longer knows
            return new ChargeOutcome(null, ChargeOutcome.Status.DECLINED, "card_refused");
          }
          return outcome(status == 402 ? expect(response, 402) : expect(response, 201));
        });
  }

  @Override
  @Retry(
      maxRetries = 2,
      delay = 200,
      retryOn = {GatewayUnavailableException.class, PaymentOutcomeUnknownException.class},
      abortOn = CardPaymentsUnavailableException.class)
  public ChargeOutcome refund(String reference, String idempotencyKey) {
    return call(api -> api.refund(reference, idempotencyKey), r -> outcome(expect(r, 200)));
  }

  @Override
  @Retry(
      maxRetries = 2,
      delay = 200,
      retryOn = {GatewayUnavailableException.class, PaymentOutcomeUnknownException.class},
      abortOn = CardPaymentsUnavailableException.class)
  public Optional<ChargeOutcome> lookup(String idempotencyKey) {
    return call(
        api -> api.find(idempotencyKey),
        response ->
            response.getStatus() == 404
                ? Optional.empty()
                : Optional.of(outcome(expect(response, 200))));
  }

  private static ChargeOutcome outcome(JsonObject charge) {
    return new ChargeOutcome(
        charge.getString("id"),
        ChargeOutcome.Status.valueOf(charge.getString("status")),
        charge.getString("declineCode", null));
  }

  /**
   * One request and the reading of its answer. What went wrong decides the exception: the gateway
   * not reached, or a 503 (it acts on nothing while failing), means it surely did nothing; anything
   * after the request was sent leaves the outcome unknown.
   */
  private <T> T call(Function<GatewayApi, Response> request, Function<Response, T> reading) {
    try {
      GatewayApi gateway = client();
      Response response = request.apply(gateway);
      try {
        if (response.getStatus() == 503) {
          LOG.log(Level.WARNING, "payment gateway unavailable: it answered 503");
          throw new GatewayUnavailableException();
        }
        return reading.apply(response);
      } finally {
        response.close();
      }
    } catch (GatewayUnavailableException
        | PaymentOutcomeUnknownException
        | InvalidCardException e) {
      throw e;
    } catch (ProcessingException e) {
      if (notSent(e)) {
        LOG.log(Level.WARNING, "payment gateway not reachable: " + rootCause(e));
        throw new GatewayUnavailableException();
      }
      LOG.log(Level.WARNING, "payment gateway did not answer: " + rootCause(e));
      throw new PaymentOutcomeUnknownException();
    } catch (Exception e) {
      // an answer without the expected members, or one that could not be read
      LOG.log(Level.WARNING, "payment gateway answered unexpectedly: " + rootCause(e));
      throw new PaymentOutcomeUnknownException();
    }
  }

  private static JsonObject expect(Response response, int status) {
    if (response.getStatus() != status) {
      throw new IllegalStateException("status " + response.getStatus());
    }
    return response.readEntity(JsonObject.class);
  }

  private static boolean notSent(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException
          || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException) {
        return true;
      }
      if (cause instanceof InterruptedIOException) {
        return false;
      }
    }
    return false;
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName();
  }
}
