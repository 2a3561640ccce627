package org.marquee.booking.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.booking.boundary.IdempotencyKeyReusedException;
import org.marquee.booking.boundary.InvalidPurchaseException;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.boundary.PaymentChoice;
import org.marquee.booking.boundary.PurchaseCommand;
import org.marquee.booking.boundary.RequestInProgressException;
import org.marquee.booking.boundary.SeatsUnavailableException;
import org.marquee.booking.entity.Channel;
import org.marquee.payment.boundary.CardDetails;
import org.marquee.payment.boundary.ChargeOutcome;
import org.marquee.payment.boundary.GatewayUnavailableException;
import org.marquee.payment.boundary.PaymentDeclinedException;
import org.marquee.payment.boundary.PaymentOutcomeUnknownException;
import org.marquee.payment.control.CardRules;
import org.marquee.payment.control.Payments;
import org.marquee.platform.BusinessException;
import org.marquee.platform.logging.RequestIds;
import org.marquee.platform.metrics.BusinessMetrics;
import org.marquee.seating.control.SeatAvailability;

/**
 * A purchase, on the web or at the box office: two transactions with the payment gateway called
 * between them, never inside one (see {@link PurchaseSteps}, and src-docs/sales.md):
 *
 * <ol>
 *   <li>reserve: the seats go AVAILABLE → HELD (all or none) and a pending payment is written;
 *   <li>charge: the gateway authorizes and captures, under the payment's idempotency key (cash at
 *       the box office needs no gateway);
 *   <li>confirm: the charge on record, HELD → SOLD, order and tickets, in one transaction; if the
 *       hold ran out and the seats were taken meanwhile, none of it commits: the charge is then
 *       recorded on its own and refunded, and the buyer gets 409.
 * </ol>
 *
 * A decline or a failure frees the seats. A request sent with an {@code Idempotency-Key} is done
 * once: the same key and body get the first answer, racing repeats wait for it. Runs in the
 * caller's absence of a transaction: its boundaries are {@code NOT_SUPPORTED}.
 */
@ApplicationScoped
public class Checkout {

  private static final Logger LOG = Logger.getLogger(Checkout.class.getName());

  /** How long a repeat waits for the first request under its key to finish. */
  private static final long IN_PROGRESS_WAIT_MS = 30_000;

  @EJB PurchaseSteps steps;
  @Inject Payments payments;
  @Inject Clock clock;
  @Inject PurchaseAdmission admission;
  @Inject SeatAvailability availability;
  @Inject BusinessMetrics metrics;

  /**
   * Buys on {@code channel} for the signed-in {@code email} (the customer on the web, the clerk at
   * the box office), under {@code idempotencyKey} if there is one.
   */
  public OrderView purchase(
      Channel channel, String email, PurchaseCommand command, String idempotencyKey) {
    CardDetails card = check(channel, command);
    try (PurchaseAdmission.Permit permit = admission.enter()) {
      return admitted(channel, email, command, card, idempotencyKey);
    }
  }

  /**
   * The same purchase, queued for its turn ({@link PurchaseAdmission#queue}) instead of holding the
   * caller's thread. Seats that the seat map already shows taken (see {@link
   * SeatAvailability#takenOnMap}) are refused from what the node knows, without the database: at
   * once, before the queue, and again when the turn comes, since the seats may have sold while the
   * purchase waited. A malformed request is refused at once too.
   */
  public CompletableFuture<OrderView> purchaseInTurn(
      Channel channel, String email, PurchaseCommand command, String idempotencyKey) {
    CardDetails card = check(channel, command);
    refuseTakenOnMap(channel, email, command, idempotencyKey);
    return admission.queue(
        RequestIds.carried(
            () -> {
              refuseTakenOnMap(channel, email, command, idempotencyKey);
              return admitted(channel, email, command, card, idempotencyKey);
            }));
  }

  /**
   * Refuses seats the seat map shows taken, unless the request repeats one sent before under its
   * key: the seats may be taken by that very request, whose answer the repeat must get.
   */
  private void refuseTakenOnMap(
      Channel channel, String email, PurchaseCommand command, String idempotencyKey) {
    if (channel != Channel.WEB || command.holdId() != null) {
      return;
    }
    List<Long> taken =
        availability.takenOnMap(command.showtimeId(), new HashSet<>(command.seatIds()));
    if (!taken.isEmpty() && (idempotencyKey == null || !steps.keyKnown(email, idempotencyKey))) {
      throw new SeatsUnavailableException(taken);
    }
  }

  private OrderView admitted(
      Channel channel,
      String email,
      PurchaseCommand command,
      CardDetails card,
      String idempotencyKey) {
    if (idempotencyKey == null) {
      return purchaseOnce(channel, email, command, card, null);
    }
    long owner = steps.accountId(email);
    IdempotencyKeys.Claim claim = awaitClaim(channel, owner, idempotencyKey, command);
    switch (claim.state()) {
      case COMPLETED:
        return steps.orderView(claim.orderId());
      case REFUSED:
        throw IdempotencyKeys.replay(claim.status(), claim.body());
      case MISMATCH:
        throw new IdempotencyKeyReusedException();
      default:
        break;
    }
    try {
      return purchaseOnce(channel, email, command, card, idempotencyKey);
    } catch (PaymentDeclinedException | SeatsUnavailableException | BusinessException.Invalid e) {
      steps.refuse(owner, idempotencyKey, e);
      throw e;
    } catch (RuntimeException e) {
      steps.forget(owner, idempotencyKey);
      throw e;
    }
  }

  private OrderView purchaseOnce(
      Channel channel,
      String email,
      PurchaseCommand command,
      CardDetails card,
      String idempotencyKey) {
    Reservation reservation = steps.reserve(channel, email, command);
    if (command.payment().method() == PaymentChoice.Method.CASH) {
      return paidInCash(reservation, idempotencyKey);
    }
    String token = reservation.savedCardToken();
    if (token == null) {
      try {
        token = payments.tokenize(card).token();
      } catch (PaymentOutcomeUnknownException e) {
        // no money moves when a card is tokenized: an unanswered tokenization charged nothing
        steps.abandoned(reservation, true, "no answer from the payment gateway");
        throw new GatewayUnavailableException();
      } catch (RuntimeException e) {
        steps.abandoned(reservation, true, e.getClass().getSimpleName());
        throw e;
      }
    }
    ChargeOutcome outcome;
    try {
      outcome =
          payments.charge(
              token, reservation.totalCents(), reservation.currency(), reservation.paymentKey());
    } catch (PaymentOutcomeUnknownException e) {
      steps.abandoned(reservation, false, "no answer from the payment gateway");
      metrics.payment("unknown");
      throw e;
    } catch (RuntimeException e) {
      steps.abandoned(reservation, true, e.getClass().getSimpleName());
      metrics.payment("failed");
      throw e;
    }
    if (outcome.declined()) {
      steps.declined(reservation, outcome.declineCode());
      metrics.payment("declined");
      throw new PaymentDeclinedException(outcome.declineCode());
    }
    metrics.payment("captured");
    try {
      return steps.chargedAndConfirmed(reservation, outcome.reference(), idempotencyKey);
    } catch (SeatsUnavailableException e) {
      // nothing of the sale committed, the charge included: on record first, then given back
      try {
        steps.charged(reservation, outcome.reference());
      } catch (SeatsUnavailableException settled) {
        // the reconciler settled the payment meanwhile, and gives the money back itself
      }
      steps.releaseHold(reservation);
      RefundDue refund = steps.refundDue(reservation.paymentId());
      if (refund != null) {
        refundNow(refund);
      }
      throw e;
    }
  }

  /**
   * Gives the money back now; should the gateway fail, the payment stays captured without a live
   * order and the reconciler refunds it later. Either way the buyer's answer does not wait.
   */
  public void refundNow(RefundDue refund) {
    try {
      payments.refund(refund.reference(), refund.refundKey());
      steps.refunded(refund.paymentId());
    } catch (GatewayUnavailableException | PaymentOutcomeUnknownException e) {
      LOG.log(Level.WARNING, "refund of payment " + refund.paymentId() + " left to reconciler");
    }
  }

  /** The clerk has the cash in hand: no gateway, straight to the sale. */
  private OrderView paidInCash(Reservation reservation, String idempotencyKey) {
    try {
      OrderView order = steps.chargedAndConfirmed(reservation, null, idempotencyKey);
      metrics.payment("cash");
      return order;
    } catch (SeatsUnavailableException e) {
      steps.abandoned(reservation, true, "seats taken; the cash was not taken");
      throw e;
    }
  }

  private IdempotencyKeys.Claim awaitClaim(
      Channel channel, long owner, String key, PurchaseCommand command) {
    if (key.isBlank() || key.length() > 255) {
      throw new InvalidPurchaseException("An Idempotency-Key has 1 to 255 characters.");
    }
    String hash = IdempotencyKeys.requestHash(channel.name(), command);
    long deadline = System.currentTimeMillis() + IN_PROGRESS_WAIT_MS;
    while (true) {
      IdempotencyKeys.Claim claim = steps.claim(owner, key, hash);
      if (claim.state() != IdempotencyKeys.State.IN_PROGRESS) {
        return claim;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new RequestInProgressException();
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RequestInProgressException();
      }
    }
  }

  /** Checks the request's shape before anything is held; a typed card is checked in full. */
  private CardDetails check(Channel channel, PurchaseCommand command) {
    if (command.holdId() == null) {
      if (command.showtimeId() == null) {
        throw new InvalidPurchaseException("Name a showtimeId and seatIds, or a holdId.");
      }
      SeatTracker.checkedSeatIds(command.seatIds());
    } else if (command.showtimeId() != null || command.seatIds() != null) {
      throw new InvalidPurchaseException("Name either a holdId, or a showtimeId and seatIds.");
    }
    PaymentChoice pay = command.payment();
    if (pay == null || pay.method() == null) {
      throw new InvalidPurchaseException("Say how you pay: payment.method is required.");
    }
    return switch (pay.method()) {
      case CASH -> {
        if (channel != Channel.BOX_OFFICE) {
          throw new InvalidPurchaseException("Cash is taken at the box office only.");
        }
        yield null;
      }
      case SAVED -> {
        if (channel == Channel.BOX_OFFICE) {
          throw new InvalidPurchaseException("A walk-in has no stored card: take cash or a card.");
        }
        yield null;
      }
      case CARD ->
          CardRules.validate(
              pay.cardNumber(),
              pay.expMonth(),
              pay.expYear(),
              pay.cvc(),
              pay.holderName(),
              YearMonth.now(clock));
    };
  }
}
