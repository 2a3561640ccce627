package org.marquee.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Subgraph;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.entity.Order;
import org.marquee.catalog.entity.Auditorium;
import org.marquee.catalog.entity.Seat;
import org.marquee.catalog.entity.Showtime;
import org.marquee.seating.boundary.HoldView;
import org.marquee.seating.entity.Hold;
import org.marquee.ticket.boundary.TicketView;
import org.marquee.ticket.entity.Ticket;

/** Orders, tickets and holds as their views, with times in the theater's own offset. */
@ApplicationScoped
public class BookingViews {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The query hint that makes a fetch graph the whole plan of what a query loads. */
  public static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";

  /**
   * What a ticket's view reads: its order, seat, showtime with movie, auditorium and theater. A
   * query with this graph loads them all in one statement instead of one lazy load each.
   */
  public EntityGraph<Ticket> ticketGraph() {
    EntityGraph<Ticket> graph = em.createEntityGraph(Ticket.class);
    graph.addAttributeNodes("order", "seat");
    Subgraph<Showtime> showtime = graph.addSubgraph("showtime", Showtime.class);
    showtime.addAttributeNodes("movie");
    showtime.addSubgraph("auditorium", Auditorium.class).addAttributeNodes("theater");
    return graph;
  }

  /** What an order's view reads besides its tickets: its showtime's auditorium and theater. */
  public EntityGraph<Order> orderGraph() {
    EntityGraph<Order> graph = em.createEntityGraph(Order.class);
    graph
        .addSubgraph("showtime", Showtime.class)
        .addSubgraph("auditorium", Auditorium.class)
        .addAttributeNodes("theater");
    return graph;
  }

  public OrderView order(Order order) {
    return orders(List.of(order)).get(0);
  }

  /**
   * The views of several orders, their tickets read in one query for all of them (never one per
   * order, nor one per ticket: QueryCountIT).
   */
  public List<OrderView> orders(List<Order> orders) {
    if (orders.isEmpty()) {
      return List.of();
    }
    Map<Long, List<TicketView>> byOrder = new HashMap<>();
    em.createNamedQuery(Ticket.BY_ORDERS_FOR_VIEW, Ticket.class)
        .setParameter("orders", orders)
        .setHint(FETCH_GRAPH, ticketGraph())
        .getResultList()
        .forEach(
            t ->
                byOrder
                    .computeIfAbsent(t.getOrder().getId(), k -> new ArrayList<>())
                    .add(ticket(t)));
    return orders.stream().map(o -> order(o, byOrder.getOrDefault(o.getId(), List.of()))).toList();
  }

  /**
   * The view of an order made in this transaction, from its tickets in hand: nothing is read again
   * (the catalog's entities come from the second-level cache). Tickets in the house's order, as
   * {@link #orders} gives them.
   */
  public OrderView madeNow(Order order, List<Ticket> tickets) {
    return order(
        order,
        tickets.stream()
            .sorted(Comparator.comparing(Ticket::getSeat, Seat.IN_HOUSE_ORDER))
            .map(this::ticket)
            .toList());
  }

  private OrderView order(Order order, List<TicketView> tickets) {
    return new OrderView(
        order.getId(),
        order.getStatus(),
        order.getChannel(),
        order.getShowtime().getId(),
        order.getTotalCents(),
        order.getCurrency(),
        at(order.getCreatedAt(), order.getShowtime()),
        tickets);
  }

  public TicketView ticket(Ticket ticket) {
    Showtime showtime = ticket.getShowtime();
    return new TicketView(
        ticket.getId(),
        ticket.getCode(),
        ticket.getOrder().getId(),
        showtime.getId(),
        showtime.getMovie().getId(),
        showtime.getMovie().getTitle(),
        showtime.getAuditorium().getTheater().getName(),
        showtime.getAuditorium().getName(),
        at(showtime.getStartsAt(), showtime),
        at(showtime.getEndsAt(), showtime),
        ticket.getSeat().getId(),
        ticket.getSeat().getRowLabel(),
        ticket.getSeat().getNumber(),
        ticket.statusAt(clock.instant()),
        showtime.getMovie().getRating());
  }

  public HoldView hold(Hold hold, List<Long> seatIds) {
    return new HoldView(
        hold.getId(),
        hold.getShowtime().getId(),
        seatIds,
        at(hold.getExpiresAt(), hold.getShowtime()));
  }

  private static OffsetDateTime at(Instant instant, Showtime showtime) {
    ZoneId zone = showtime.getAuditorium().getTheater().getZone();
    return instant.atZone(zone).toOffsetDateTime();
  }
}
