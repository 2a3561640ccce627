package org.marquee.ticket.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.marquee.account.control.Accounts;
import org.marquee.account.entity.Account;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.boundary.UnknownOrderException;
import org.marquee.booking.control.BookingViews;
import org.marquee.booking.entity.Order;
import org.marquee.ticket.entity.Ticket;

/**
 * A customer's orders and tickets, read. An account sees only its own: another account's order or
 * ticket answers as if it did not exist. Clerks and administrators may read any order (the box
 * office looks them up).
 */
@Stateless
@RolesAllowed("CUSTOMER")
public class TicketService {

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject BookingViews views;
  @Inject Clock clock;
  @Resource SessionContext session;

  @RolesAllowed({"CUSTOMER", "CLERK", "ADMIN"})
  public OrderView order(long orderId) {
    Order order = em.find(Order.class, orderId);
    boolean staff = session.isCallerInRole("CLERK") || session.isCallerInRole("ADMIN");
    if (order == null || !(staff || owns(order))) {
      throw new UnknownOrderException(orderId);
    }
    return views.order(order);
  }

  /** The caller's orders, newest first. */
  public List<OrderView> myOrders(int limit, int offset) {
    return views.orders(
        em.createQuery(
                "select o from Order o where o.account = :account"
                    + " order by o.createdAt desc, o.id desc",
                Order.class)
            .setParameter("account", caller())
            .setHint(BookingViews.FETCH_GRAPH, views.orderGraph())
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList());
  }

  /**
   * The caller's tickets of every status: upcoming (showtime not ended) by start, or past ones,
   * newest first.
   */
  public List<TicketView> myTickets(TicketWhen when, int limit, int offset) {
    String query =
        "select t from Ticket t join t.showtime s where t.order.account = :account and "
            + (when == TicketWhen.PAST
                ? "s.endsAt <= :now order by s.startsAt desc, t.id"
                : "s.endsAt > :now order by s.startsAt, t.id");
    return em
        .createQuery(query, Ticket.class)
        .setParameter("account", caller())
        .setParameter("now", clock.instant())
        .setFirstResult(offset)
        .setMaxResults(limit)
        .setHint(BookingViews.FETCH_GRAPH, views.ticketGraph())
        .getResultList()
        .stream()
        .map(views::ticket)
        .toList();
  }

  public TicketView ticket(long ticketId) {
    Ticket ticket = em.find(Ticket.class, ticketId);
    if (ticket == null || !owns(ticket.getOrder())) {
      throw new UnknownTicketException(ticketId);
    }
    return views.ticket(ticket);
  }

  private boolean owns(Order order) {
    return order.getAccount() != null && order.getAccount().getId().equals(caller().getId());
  }

  private Account caller() {
    return accounts.byEmail(session.getCallerPrincipal().getName());
  }
}
