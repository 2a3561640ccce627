package org.marquee.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.marquee.booking.boundary.HoldView;
import org.marquee.booking.boundary.OrderView;
import org.marquee.booking.boundary.TicketView;
import org.marquee.booking.entity.Hold;
import org.marquee.booking.entity.Order;
import org.marquee.catalog.entity.Showtime;
import org.marquee.ticket.entity.Ticket;

/** Orders, tickets and holds as their views, with times in the theater's own offset. */
@ApplicationScoped
public class BookingViews {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public OrderView order(Order order) {
    List<TicketView> tickets =
        em
            .createNamedQuery(Ticket.BY_ORDER, Ticket.class)
            .setParameter("order", order)
            .getResultList()
            .stream()
            .map(this::ticket)
            .toList();
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
