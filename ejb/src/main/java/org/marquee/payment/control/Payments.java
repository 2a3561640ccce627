package org.marquee.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.marquee.payment.boundary.CardDetails;
import org.marquee.payment.boundary.ChargeOutcome;
import org.marquee.payment.boundary.GatewayUnavailableException;
import org.marquee.payment.boundary.PaymentGateway;
import org.marquee.payment.boundary.PaymentOutcomeUnknownException;
import org.marquee.payment.boundary.TokenizedCard;

/**
 * The payment gateway as the services use it: the refusals of the fault tolerance layer become
 * Marquee's own two kinds of failure. An open circuit or a full bulkhead means the call was never
 * made ({@link GatewayUnavailableException}); a timeout means it was made and its outcome is
 * unknown ({@link PaymentOutcomeUnknownException}).
 */
@ApplicationScoped
public class Payments {

  @Inject PaymentGateway gateway;

  /** Tokenizes under a key of its own, so the gateway's retries make one token, not several. */
  public TokenizedCard tokenize(CardDetails card) {
    String key = "tok_" + UUID.randomUUID();
    return guarded(() -> gateway.tokenize(card, key));
  }

  public ChargeOutcome charge(String token, int amountCents, String currency, String key) {
    return guarded(() -> gateway.charge(token, amountCents, currency, key));
  }

  public ChargeOutcome refund(String reference, String key) {
    return guarded(() -> gateway.refund(reference, key));
  }

  public Optional<ChargeOutcome> lookup(String key) {
    return guarded(() -> gateway.lookup(key));
  }

  private static <T> T guarded(Supplier<T> call) {
    try {
      return call.get();
    } catch (TimeoutException e) {
      throw new PaymentOutcomeUnknownException();
    } catch (FaultToleranceException e) {
      throw new GatewayUnavailableException();
    }
  }
}
