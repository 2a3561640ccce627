package org.marquee.booking.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.marquee.account.control.Accounts;
import org.marquee.account.entity.Account;
import org.marquee.audit.control.AuditLog;
import org.marquee.booking.boundary.CancellationRefusedException;
import org.marquee.booking.boundary.UnknownOrderException;
import org.marquee.booking.entity.Order;
import org.marquee.booking.entity.OrderStatus;
import org.marquee.catalog.boundary.UnknownShowtimeException;
import org.marquee.catalog.control.CatalogChanged;
import org.marquee.catalog.entity.Showtime;
import org.marquee.catalog.entity.ShowtimeStatus;
import org.marquee.payment.entity.Payment;
import org.marquee.payment.entity.PaymentKind;
import org.marquee.payment.entity.PaymentStatus;
import org.marquee.seating.control.SeatTracker;
import org.marquee.seating.entity.Hold;
import org.marquee.seating.entity.HoldStatus;
import org.marquee.ticket.entity.Ticket;
import org.marquee.ticket.entity.TicketStatus;

/**
 * The database side of taking sales back, each a transaction of its own (REQUIRES_NEW): a customer
 * cancelling an order, an administrator taking a showtime off the programme. In one transaction the
 * tickets are voided, the orders refunded, the seats freed and card payments marked {@code
 * REFUND_DUE}; the money goes back right after, outside it ({@link RefundDue}), and whatever the
 * gateway fails to refund then, the reconciler finishes. Cash is paid back at the counter.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RefundSteps {

  @PersistenceContext EntityManager em;
  @Inject SeatTracker tracker;
  @Inject Accounts accounts;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject Event<CatalogChanged> catalogChanged;

  /**
   * Cancels an order of the caller before its showtime starts and no ticket of it was used. Returns
   * the money to give back, or null when none is due (cancelled before, for one).
   */
  public RefundDue cancel(String email, long orderId) {
    Instant now = clock.instant();
    Account account = accounts.byEmail(email);
    Order order = em.find(Order.class, orderId);
    if (order == null
        || order.getAccount() == null
        || !order.getAccount().getId().equals(account.getId())) {
      throw new UnknownOrderException(orderId);
    }
    if (order.getStatus() == OrderStatus.REFUNDED) {
      return null; // cancelled before; its refund is done or with the reconciler
    }
    if (order.getShowtime().hasStartedAt(now)) {
      throw new CancellationRefusedException(
          "This showtime has started; its tickets can no longer be cancelled.");
    }
    List<Ticket> tickets = ticketsOf(order);
    if (tickets.stream().anyMatch(t -> t.getStatus() == TicketStatus.USED)) {
      throw new CancellationRefusedException(
          "A ticket of this order was already used at the door; it can no longer be cancelled.");
    }
    List<RefundDue> refunds = new ArrayList<>();
    List<Long> freed = voidOrder(order, tickets, now, refunds);
    freeSeats(order.getShowtime(), freed);
    audit.record(
        AuditLog.Action.ORDER_CANCELLED,
        "order " + orderId,
        tickets.size() + " tickets, " + order.getTotalCents() + " " + order.getCurrency());
    return refunds.isEmpty() ? null : refunds.get(0);
  }

  /**
   * Takes a showtime off the programme: it leaves the catalog, active holds are let go, and every
   * order for it is refunded with its tickets cancelled and its seats freed. Cancelling it again
   * changes nothing. It serializes with the sales of the showtime: a sale either committed before
   * (and is refunded here) or is refused after ({@code ShowtimeCancelledException}).
   */
  public List<RefundDue> cancelShowtime(long showtimeId) {
    Instant now = clock.instant();
    // FOR UPDATE waits for every hold and sale of the showtime that is deciding right now (they
    // hold FOR KEY SHARE, see SeatTracker.requireNotCancelled) and makes the next ones wait for
    // this
    // transaction; they then read the showtime cancelled. So no sale commits after the orders below
    // were read. (Hibernate's PESSIMISTIC_WRITE would be FOR NO KEY UPDATE, which they would pass.)
    if (em.createNativeQuery("select id from showtime where id = ?1 for update")
        .setParameter(1, showtimeId)
        .getResultList()
        .isEmpty()) {
      throw new UnknownShowtimeException(showtimeId);
    }
    Showtime showtime = em.find(Showtime.class, showtimeId);
    em.refresh(showtime);
    if (showtime.getStatus() == ShowtimeStatus.CANCELLED) {
      return List.of();
    }
    showtime.cancel();
    for (Hold hold :
        em.createQuery(
                "select h from Hold h where h.showtime = :showtime and h.status = org.marquee.seating.entity.HoldStatus.ACTIVE",
                Hold.class)
            .setParameter("showtime", showtime)
            .getResultList()) {
      tracker.release(hold, HoldStatus.RELEASED);
    }
    List<RefundDue> refunds = new ArrayList<>();
    List<Long> freed = new ArrayList<>();
    for (Order order :
        em.createQuery(
                "select o from Order o where o.showtime = :showtime and o.status = :confirmed",
                Order.class)
            .setParameter("showtime", showtime)
            .setParameter("confirmed", OrderStatus.CONFIRMED)
            .getResultList()) {
      freed.addAll(voidOrder(order, ticketsOf(order), now, refunds));
    }
    freeSeats(showtime, freed);
    catalogChanged.fire(new CatalogChanged("showtime"));
    audit.record(
        AuditLog.Action.SHOWTIME_CANCELLED,
        "showtime " + showtimeId,
        freed.size() + " tickets cancelled and refunded");
    return refunds;
  }

  /**
   * Voids an order: its tickets cancelled, the order refunded, card money due back (added to {@code
   * refunds}), cash marked paid back. Returns the seats it frees.
   */
  private List<Long> voidOrder(
      Order order, List<Ticket> tickets, Instant now, List<RefundDue> refunds) {
    tickets.forEach(Ticket::cancel);
    order.refund(now);
    for (Payment payment :
        em.createQuery("select p from Payment p where p.order = :order", Payment.class)
            .setParameter("order", order)
            .getResultList()) {
      if (payment.getMethod() == PaymentKind.CASH) {
        payment.refunded(now);
      } else if (payment.getStatus() == PaymentStatus.CAPTURED
          && payment.getGatewayReference() != null) {
        payment.refundDue(now);
        refunds.add(RefundDue.of(payment));
      }
    }
    return tickets.stream().map(t -> t.getSeat().getId()).toList();
  }

  /** Frees sold seats once their tickets have left the live-seat index. */
  private void freeSeats(Showtime showtime, List<Long> seatIds) {
    em.flush();
    if (!seatIds.isEmpty()) {
      tracker.releaseSold(showtime, seatIds);
    }
  }

  private List<Ticket> ticketsOf(Order order) {
    return em.createNamedQuery(Ticket.BY_ORDER, Ticket.class)
        .setParameter("order", order)
        .getResultList();
  }
}
