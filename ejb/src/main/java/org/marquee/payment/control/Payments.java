package org.marquee.payment.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
 * unknown ({@link PaymentOutcomeUnknownException}). It also enforces that the gateway is never
 * called inside a database transaction: a caller that tries fails at once, in every test.
 */
@ApplicationScoped
public class Payments {

  @Inject PaymentGateway gateway;
  @Resource TransactionSynchronizationRegistry transactions;

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

  private <T> T guarded(Supplier<T> call) {
    if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
      // a slow gateway would hold row locks and a connection for as long as it takes
      throw new IllegalStateException(
          "the payment gateway is never called inside a database transaction");
    }
    try {
      return call.get();
    } catch (TimeoutException e) {
      throw new PaymentOutcomeUnknownException();
    } catch (FaultToleranceException e) {
      throw new GatewayUnavailableException();
    }
  }
}
