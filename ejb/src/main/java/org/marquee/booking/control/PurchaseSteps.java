package org.marquee.booking.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.marquee.account.control.Accounts;
import org.marquee.account.entity.Account;
import org.marquee.account.entity.PaymentMethod;
import org.marquee.audit.control.AuditLog;
import org.marquee.booking.boundary.InvalidPurchaseException;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.boundary.PaymentChoice;
import org.marquee.booking.boundary.PaymentUnderWayException;
import org.marquee.booking.boundary.PurchaseCommand;
import org.marquee.booking.boundary.RequestInProgressException;
import org.marquee.booking.entity.Channel;
import org.marquee.booking.entity.IdempotencyRecord;
import org.marquee.booking.entity.Order;
import org.marquee.catalog.boundary.UnknownShowtimeException;
import org.marquee.catalog.entity.Seat;
import org.marquee.catalog.entity.Showtime;
import org.marquee.payment.entity.Payment;
import org.marquee.payment.entity.PaymentKind;
import org.marquee.payment.entity.PaymentStatus;
import org.marquee.platform.BusinessException;
import org.marquee.platform.Constraints;
import org.marquee.platform.NodeName;
import org.marquee.seating.boundary.SeatsUnavailableException;
import org.marquee.seating.boundary.UnknownHoldException;
import org.marquee.seating.control.SeatTracker;
import org.marquee.seating.entity.Hold;
import org.marquee.seating.entity.HoldStatus;
import org.marquee.ticket.entity.Ticket;

/**
 * The database steps of a purchase, each a transaction of its own (REQUIRES_NEW), so that the call
 * to the payment gateway between them happens outside any transaction ({@code OrderService} runs
 * them in order). Each step leaves the database consistent on its own: after {@link #reserve} the
 * seats are held and a payment is pending; {@link #chargedAndConfirmed} puts the charge on record,
 * sells the seats, issues the tickets and ties the payment to the order, or changes nothing (then
 * {@link #refundDue} records the charge alone, to give it back). Whatever a crash leaves behind
 * between steps — seats held, money taken without an order — the hold reaper and the payment
 * reconciler finish.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PurchaseSteps {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject SeatTracker tracker;
  @Inject Accounts accounts;
  @Inject IdempotencyKeys keys;
  @Inject BookingViews views;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject Event<OrderConfirmed> confirmed;

  public long accountId(String email) {
    return accounts.byEmail(email).getId();
  }

  public IdempotencyKeys.Claim claim(long ownerId, String key, String hash) {
    return keys.claim(ownerId, key, hash, clock.instant(), NodeName.self());
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean keyKnown(String email, String key) {
    return keys.known(email, key);
  }

  public void refuse(long ownerId, String key, BusinessException refusal) {
    keys.refuse(ownerId, key, refusal);
  }

  public void letGo(long ownerId, String key) {
    keys.letGo(ownerId, key);
  }

  /**
   * Step 1: holds the seats (or takes over the caller's hold) and writes the pending payment that
   * will charge {@code cardToken} (a typed card's token; the stored card's token is looked up
   * here). All or nothing: a seat taken is a 409 and nothing is held. Under an idempotency key the
   * payment is the key's new attempt, charged under a gateway key derived from the client's key. A
   * hold that another request is paying for right now is refused ({@link
   * PaymentUnderWayException}).
   */
  public Reservation reserve(
      Channel channel,
      String email,
      PurchaseCommand command,
      String cardToken,
      String idempotencyKey) {
    Instant now = clock.instant();
    Account account = accounts.byEmail(email);
    String token = cardToken;
    PaymentKind kind;
    if (command.payment().method() == PaymentChoice.Method.SAVED) {
      token =
          accounts
              .paymentMethodOf(account)
              .map(PaymentMethod::getGatewayToken)
              .orElseThrow(
                  () -> new InvalidPurchaseException("There is no stored card on your account."));
      kind = PaymentKind.SAVED_CARD;
    } else if (command.payment().method() == PaymentChoice.Method.CASH) {
      kind = PaymentKind.CASH;
    } else {
      kind = PaymentKind.CARD;
    }
    Hold hold;
    List<Long> seatIds;
    if (command.holdId() != null) {
      hold = em.find(Hold.class, command.holdId());
      if (hold == null
          || hold.getAccount() == null
          || !hold.getAccount().getId().equals(account.getId())) {
        throw new UnknownHoldException(command.holdId());
      }
      tracker.requireOnSale(hold.getShowtime(), now);
      seatIds = tracker.heldBy(hold);
      if (!hold.isActiveAt(now) || seatIds.isEmpty()) {
        throw new InvalidPurchaseException(
            "This hold has ended; choose your seats again to buy them.");
      }
    } else {
      Showtime showtime = em.find(Showtime.class, command.showtimeId());
      if (showtime == null) {
        throw new UnknownShowtimeException(command.showtimeId());
      }
      hold = tracker.hold(account, showtime, command.seatIds(), now, channel);
      seatIds = SeatTracker.checkedSeatIds(command.seatIds()).stream().sorted().toList();
    }
    Showtime showtime = hold.getShowtime();
    int total = tracker.priceOf(showtime, seatIds);
    IdempotencyRecord record =
        idempotencyKey == null ? null : keys.find(account.getId(), idempotencyKey);
    String paymentKey =
        record == null
            ? "pay_" + random()
            : IdempotencyKeys.gatewayKey(account.getId(), idempotencyKey, record.getAttempts() + 1);
    Payment payment =
        new Payment(
            account,
            hold,
            kind,
            token,
            paymentKey,
            total,
            showtime.getCurrency(),
            NodeName.self(),
            now);
    try {
      em.persist(payment); // an identity: inserted at once
      if (record != null) {
        record.attemptWith(payment);
      }
      em.flush();
    } catch (PersistenceException e) {
      if (Constraints.violated(e, "ux_payment_live_hold")) {
        throw new PaymentUnderWayException();
      }
      if (Constraints.violated(e, "payment_idempotency_key_key")) {
        // another node works on this very attempt (a node thought gone, cut off by a partition)
        throw new RequestInProgressException();
      }
      throw e;
    }
    return reservation(channel, payment, hold, seatIds);
  }

  /**
   * A repeat of a purchase takes over its pending payment, whose outcome is unknown (the gateway
   * did not answer, or the node working on it left): the reservation as it was, to be charged again
   * under the same gateway key, which gives the first charge back if there was one. Null when the
   * payment is no longer pending (settled meanwhile). The seats are the request's own, or for a
   * hold the ones it still holds (none once it ended).
   */
  public Reservation resume(long paymentId, Channel channel, PurchaseCommand command) {
    Payment payment = em.find(Payment.class, paymentId);
    if (payment.getStatus() != PaymentStatus.PENDING || payment.getHold() == null) {
      return null;
    }
    payment.resumedBy(NodeName.self(), clock.instant());
    Hold hold = payment.getHold();
    List<Long> seatIds =
        command.holdId() == null
            ? SeatTracker.checkedSeatIds(command.seatIds()).stream().sorted().toList()
            : tracker.heldBy(hold);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      // the reconciler claimed the payment at this very moment: the repeat may come again
      throw new RequestInProgressException();
    }
    return reservation(channel, payment, hold, seatIds);
  }

  private static Reservation reservation(
      Channel channel, Payment payment, Hold hold, List<Long> seatIds) {
    return new Reservation(
        channel,
        payment.getAccount().getId(),
        hold.getId(),
        hold.getShowtime().getId(),
        seatIds,
        payment.getAmountCents(),
        payment.getCurrency(),
        payment.getId(),
        payment.getIdempotencyKey(),
        payment.getMethod(),
        payment.getGatewayToken());
  }

  /** The card was declined: nothing was charged; the seats are free again. */
  public void declined(Reservation reservation, String declineCode) {
    em.find(Payment.class, reservation.paymentId()).declined(declineCode, clock.instant());
    releaseHold(reservation);
  }

  /**
   * The charge failed: surely nothing was charged ({@code outcomeKnown}), or the gateway did not
   * answer, and the payment stays pending, for a repeat of the purchase to adopt or the reconciler
   * to settle with the gateway. The seats are free again, unless {@code keepSeats}: a purchase that
   * its buyer can repeat under its idempotency key keeps them while its payment is unsettled.
   */
  public void abandoned(
      Reservation reservation, boolean outcomeKnown, String reason, boolean keepSeats) {
    Payment payment = em.find(Payment.class, reservation.paymentId());
    if (outcomeKnown) {
      payment.failed(reason, clock.instant());
    } else {
      payment.unknown(reason, clock.instant());
    }
    if (!keepSeats) {
      releaseHold(reservation);
    }
  }

  /**
   * The gateway took the money, inside {@link #chargedAndConfirmed}'s transaction. When the sale
   * cannot follow, {@link #refundDue} puts the charge on record instead.
   */
  private void charged(Reservation reservation, String reference) {
    Payment payment = em.find(Payment.class, reservation.paymentId());
    if (payment.getStatus() != PaymentStatus.PENDING) {
      // the reconciler settled it meanwhile (the request took that long): start over
      throw new SeatsUnavailableException(reservation.seatIds());
    }
    payment.captured(reference, clock.instant());
  }

  /**
   * Step 3, inside {@link #chargedAndConfirmed}'s transaction: sells the seats, makes the order and
   * its tickets, ties the payment to it and, with an idempotency key, records the answer. If the
   * hold ran out and a seat was taken meanwhile, it throws and nothing commits.
   */
  private OrderView confirm(Reservation reservation, String idempotencyKey) {
    Instant now = clock.instant();
    Hold hold = em.find(Hold.class, reservation.holdId());
    Payment payment = em.find(Payment.class, reservation.paymentId());
    if (payment.getStatus() != PaymentStatus.CAPTURED || payment.getOrder() != null) {
      throw new SeatsUnavailableException(reservation.seatIds());
    }
    List<SeatTracker.SoldSeat> seats = tracker.sell(hold, reservation.seatIds(), now);
    // on the web the hold's account is the buyer's; at the box office it is the clerk's
    boolean web = reservation.channel() == Channel.WEB;
    Order order =
        new Order(
            web ? hold.getAccount() : null,
            web ? null : hold.getAccount(),
            reservation.channel(),
            hold.getShowtime(),
            reservation.totalCents(),
            reservation.currency(),
            now);
    em.persist(order);
    List<Ticket> tickets = new ArrayList<>();
    for (SeatTracker.SoldSeat seat : seats) {
      Ticket ticket =
          new Ticket(
              order,
              hold.getShowtime(),
              em.getReference(Seat.class, seat.seatId()),
              seat.priceCents(),
              now);
      em.persist(ticket);
      tickets.add(ticket);
    }
    payment.attachTo(order);
    if (idempotencyKey != null) {
      IdempotencyRecord record = keys.find(reservation.accountId(), idempotencyKey);
      if (record != null) {
        record.completeWith(order);
      }
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      // the payment was claimed for a refund meanwhile, or the hold changed under us
      throw new SeatsUnavailableException(reservation.seatIds());
    } catch (PersistenceException e) {
      if (Constraints.violated(e, "ux_ticket_live_seat")) {
        throw new SeatsUnavailableException(reservation.seatIds());
      }
      throw e;
    }
    audit.record(
        AuditLog.Action.SALE,
        "order " + order.getId(),
        reservation.channel()
            + ", showtime "
            + reservation.showtimeId()
            + ", seats "
            + reservation.seatIds()
            + ", "
            + reservation.totalCents()
            + " "
            + reservation.currency()
            + ", paid "
            + payment.getMethod());
    OrderView view = views.madeNow(order, tickets);
    Account buyer = order.getAccount();
    confirmed.fire(
        buyer == null
            ? new OrderConfirmed(view, null, null)
            : new OrderConfirmed(view, buyer.getEmail(), buyer.getLanguage()));
    return view;
  }

  /**
   * Steps 2 and 3 in one transaction, as a purchase normally ends: the charge on record, the seats
   * sold, and the order as the buyer sees it. If a seat is gone, nothing of it commits and the
   * {@link SeatsUnavailableException} tells the caller to record the charge ({@link #refundDue})
   * and give it back; a crash before the commit leaves the payment pending, as between the steps,
   * for the reconciler to settle with the gateway.
   */
  public OrderView chargedAndConfirmed(
      Reservation reservation, String reference, String idempotencyKey) {
    charged(reservation, reference);
    return confirm(reservation, idempotencyKey);
  }

  /**
   * The confirmation failed after the charge {@code reference}: the money is due back, unless the
   * payment belongs to an order after all (another attempt of the same purchase confirmed it, on a
   * node that was thought gone). Whatever else the payment says (the reconciler found no charge a
   * moment before this one landed, or is refunding it), the charge holds money that no order holds:
   * it is put on record and due back, under the payment's refund key, so that the gateway gives it
   * back once whoever asks.
   */
  public RefundDue refundDue(long paymentId, String reference) {
    Payment payment = em.find(Payment.class, paymentId);
    if (payment.getOrder() != null) {
      return null;
    }
    switch (payment.getStatus()) {
      case REFUNDED:
        return null;
      case REFUND_DUE:
        return RefundDue.of(payment);
      case CAPTURED:
        break;
      default:
        payment.captured(reference, clock.instant());
    }
    payment.refundDue(clock.instant());
    return RefundDue.of(payment);
  }

  /** The charge was given back; the payment says so. */
  public void refunded(long paymentId) {
    Payment payment = em.find(Payment.class, paymentId);
    if (payment.getStatus() != PaymentStatus.REFUNDED) {
      payment.refunded(clock.instant());
      audit.record(
          AuditLog.Action.PAYMENT_REFUNDED,
          "payment " + paymentId,
          payment.getAmountCents() + " " + payment.getCurrency());
    }
  }

  /** Frees what the purchase still holds, after a failure. */
  public void releaseHold(Reservation reservation) {
    Hold hold = em.find(Hold.class, reservation.holdId());
    tracker.release(hold, HoldStatus.RELEASED);
  }

  public OrderView orderView(long orderId) {
    return views.order(em.find(Order.class, orderId));
  }

  private static String random() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
