package org.marquee.booking.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.booking.boundary.IdempotencyKeyReusedException;
import org.marquee.booking.boundary.InvalidPurchaseException;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.boundary.PaymentChoice;
import org.marquee.booking.boundary.PurchaseCommand;
import org.marquee.booking.boundary.RequestInProgressException;
import org.marquee.booking.entity.Channel;
import org.marquee.payment.boundary.CardDetails;
import org.marquee.payment.boundary.ChargeOutcome;
import org.marquee.payment.boundary.GatewayUnavailableException;
import org.marquee.payment.boundary.PaymentDeclinedException;
import org.marquee.payment.boundary.PaymentOutcomeUnknownException;
import org.marquee.payment.control.CardRules;
import org.marquee.payment.control.PaymentReconciler;
import org.marquee.payment.control.Payments;
import org.marquee.payment.entity.PaymentKind;
import org.marquee.platform.BusinessException;
import org.marquee.platform.logging.RequestIds;
import org.marquee.platform.metrics.BusinessMetrics;
import org.marquee.seating.boundary.SeatsUnavailableException;
import org.marquee.seating.boundary.ShowtimeCancelledException;
import org.marquee.seating.control.SeatMapService;
import org.marquee.seating.control.SeatTracker;

/**
 * A purchase, on the web or at the box office: two transactions with the payment gateway called
 * between them, never inside one (see {@link PurchaseSteps}, and src-docs/sales.md):
 *
 * <ol>
 *   <li>reserve: the seats go AVAILABLE → HELD (all or none) and a pending payment is written;
 *   <li>charge: the gateway authorizes and captures, under the payment's idempotency key (cash at
 *       the box office needs no gateway);
 *   <li>confirm: the charge on record, HELD → SOLD, order and tickets, in one transaction that
 *       re-reads the showtime under the lock a cancellation must wait for; if the hold ran out and
 *       the seats were taken meanwhile, or the showtime was cancelled, none of it commits: the
 *       charge is then recorded on its own and refunded, and the buyer gets 409.
 * </ol>
 *
 * A decline or a failure frees the seats. A request sent with an {@code Idempotency-Key} is done
 * once: the same key and body get the first answer, racing repeats wait for it, and a repeat after
 * a charge that went unanswered adopts that charge's payment instead of making a second one ({@link
 * #resume}). A showtime cancelled during the charge, or seats lost meanwhile, give the money back
 * before the buyer is answered. Runs in the caller's absence of a transaction: its boundaries are
 * {@code NOT_SUPPORTED}.
 */
@ApplicationScoped
public class Checkout {

  private static final Logger LOG = Logger.getLogger(Checkout.class.getName());

  /** How long a repeat waits for the first request under its key to finish. */
  private static final long IN_PROGRESS_WAIT_MS = 30_000;

  @EJB PurchaseSteps steps;
  @EJB PaymentReconciler reconciler;
  @Inject Payments payments;
  @Inject Clock clock;
  @Inject PurchaseAdmission admission;
  @Inject SeatMapService seatMaps;
  @Inject BusinessMetrics metrics;

  /** The API's keyed purchases waiting or running on this node, by account, key and request. */
  private final Map<String, CompletableFuture<OrderView>> inFlight = new ConcurrentHashMap<>();

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
   * SeatMapService#takenOnMap}) are refused from what the node knows, without the database: at
   * once, before the queue, and again when the turn comes, since the seats may have sold while the
   * purchase waited. A malformed request is refused at once too. Repeats of a request under the
   * same key that arrive while it waits or runs on this node get its answer: they neither queue nor
   * take a place of their own.
   */
  public CompletableFuture<OrderView> purchaseInTurn(
      Channel channel, String email, PurchaseCommand command, String idempotencyKey) {
    CardDetails card = check(channel, command);
    refuseTakenOnMap(channel, email, command, idempotencyKey);
    Supplier<OrderView> purchase =
        RequestIds.carried(
            () -> {
              refuseTakenOnMap(channel, email, command, idempotencyKey);
              return admitted(channel, email, command, card, idempotencyKey);
            });
    if (idempotencyKey == null) {
      return admission.queue(email, purchase);
    }
    String request =
        email + "\n" + idempotencyKey + "\n" + IdempotencyKeys.requestHash(channel.name(), command);
    CompletableFuture<OrderView> answer = new CompletableFuture<>();
    CompletableFuture<OrderView> first = inFlight.putIfAbsent(request, answer);
    if (first != null) {
      return first.copy();
    }
    CompletableFuture<OrderView> queued;
    try {
      queued = admission.queue(email, purchase);
    } catch (RuntimeException e) {
      inFlight.remove(request, answer);
      answer.completeExceptionally(e);
      throw e;
    }
    queued.whenComplete(
        (order, failure) -> {
          inFlight.remove(request, answer);
          if (failure != null) {
            answer.completeExceptionally(failure);
          } else {
            answer.complete(order);
          }
        });
    return answer.copy();
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
    List<Long> taken = seatMaps.takenOnMap(command.showtimeId(), new HashSet<>(command.seatIds()));
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
      return attempt(channel, email, command, card, null);
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
      return claim.paymentId() == null
          ? attempt(channel, email, command, card, idempotencyKey)
          : resume(claim.paymentId(), channel, email, command, card, idempotencyKey);
    } catch (PaymentDeclinedException
        | SeatsUnavailableException
        | ShowtimeCancelledException
        | BusinessException.Invalid e) {
      steps.refuse(owner, idempotencyKey, e);
      throw e;
    } catch (RuntimeException e) {
      steps.letGo(owner, idempotencyKey);
      throw e;
    }
  }

  /**
   * A new attempt: a typed card is tokenized (before any seat is held: a failure there leaves
   * nothing behind), the seats are held with a pending payment, and the payment is made.
   */
  private OrderView attempt(
      Channel channel,
      String email,
      PurchaseCommand command,
      CardDetails card,
      String idempotencyKey) {
    String token = null;
    if (card != null) {
      try {
        token = payments.tokenize(card).token();
      } catch (PaymentOutcomeUnknownException e) {
        // no money moves when a card is tokenized: an unanswered tokenization charged nothing
        throw new GatewayUnavailableException();
      }
    }
    Reservation reservation = steps.reserve(channel, email, command, token, idempotencyKey);
    return pay(reservation, idempotencyKey, false);
  }

  /**
   * A repeat of a purchase whose last attempt ended without an answer takes over that attempt's
   * payment. Still pending (the gateway did not answer): it is charged again under the same gateway
   * key, which gives the first charge back if there was one, so one purchase is charged once. No
   * longer pending, or its seats let go: it is settled first (money that no order holds goes back
   * before anything is charged again), then a new attempt starts.
   */
  private OrderView resume(
      long paymentId,
      Channel channel,
      String email,
      PurchaseCommand command,
      CardDetails card,
      String idempotencyKey) {
    Reservation reservation = steps.resume(paymentId, channel, command);
    if (reservation != null && !reservation.seatIds().isEmpty()) {
      return pay(reservation, idempotencyKey, true);
    }
    if (!reconciler.settleNow(paymentId)) {
      throw new GatewayUnavailableException();
    }
    return attempt(channel, email, command, card, idempotencyKey);
  }

  /**
   * Charges the reservation's pending payment under its key and confirms the sale. A charge whose
   * outcome is unknown leaves the payment pending, and the seats held when the buyer can repeat the
   * purchase under its key; a {@code resumed} payment stays pending whatever fails, since its first
   * charge may have been made.
   */
  private OrderView pay(Reservation reservation, String idempotencyKey, boolean resumed) {
    if (reservation.method() == PaymentKind.CASH) {
      return paidInCash(reservation, idempotencyKey);
    }
    ChargeOutcome outcome;
    try {
      outcome =
          payments.charge(
              reservation.token(),
              reservation.totalCents(),
              reservation.currency(),
              reservation.paymentKey());
    } catch (PaymentOutcomeUnknownException e) {
      steps.abandoned(
          reservation, false, "no answer from the payment gateway", idempotencyKey != null);
      metrics.payment("unknown");
      throw e;
    } catch (RuntimeException e) {
      steps.abandoned(reservation, !resumed, e.getClass().getSimpleName(), resumed);
      metrics.payment("failed");
      throw e;
    }
    if (outcome.declined()) {
      steps.declined(reservation, outcome.declineCode());
      metrics.payment("declined");
      throw new PaymentDeclinedException(outcome.declineCode());
    }
    if (!outcome.holdsMoney()) {
      // the charge under this key was given back already (the reconciler settled it): over
      throw new PaymentOutcomeUnknownException();
    }
    metrics.payment("captured");
    try {
      return steps.chargedAndConfirmed(reservation, outcome.reference(), idempotencyKey);
    } catch (SeatsUnavailableException | ShowtimeCancelledException e) {
      giveBack(reservation, outcome.reference());
      throw e;
    }
  }

  /**
   * Nothing of the sale committed, the charge included: the charge goes on record first, then the
   * money goes back at once, under the refund key of the payment (the reconciler, should it have
   * settled the payment meanwhile, refunds under the same key: the gateway gives it back once). A
   * payment that an order holds after all is left alone.
   */
  private void giveBack(Reservation reservation, String reference) {
    steps.releaseHold(reservation);
    RefundDue refund = steps.refundDue(reservation.paymentId(), reference);
    if (refund != null) {
      refundNow(refund);
    }
  }

  /** Stops taking purchases: none is admitted or started any more (see {@link #closeQueue}). */
  public void stopTakingPurchases() {
    admission.stopAdmitting();
  }

  /** The queue's waiting purchases are answered 503; returns how many. */
  public int closeQueue() {
    return admission.close();
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
    } catch (SeatsUnavailableException | ShowtimeCancelledException e) {
      steps.abandoned(reservation, true, "seats taken; the cash was not taken", false);
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
