package org.marquee.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.marquee.booking.entity.Channel;
import org.marquee.booking.entity.Hold;
import org.marquee.booking.entity.Order;
import org.marquee.seating.entity.ShowSeat;
import org.marquee.ticket.entity.Ticket;

/** Test-only transactions on the seat inventory, each in a transaction of its own. */
@Stateless
@Interceptors(TestTraffic.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SeatWriter {

  @PersistenceContext(unitName = "marquee")
  EntityManager em;

  /** Reads the seat, waits until the rival has read it too, then holds it and commits. */
  public long holdAfterRivalHasRead(long showSeatId, CyclicBarrier bothHaveRead) throws Exception {
    ShowSeat seat = em.find(ShowSeat.class, showSeatId);
    bothHaveRead.await(30, TimeUnit.SECONDS);
    Instant now = Instant.now();
    Hold hold = new Hold(null, seat.getShowtime(), now, now.plus(Duration.ofMinutes(10)));
    em.persist(hold);
    seat.hold(hold, hold.getExpiresAt(), now);
    em.flush();
    return hold.getId();
  }

  public ShowSeat seat(long showSeatId) {
    ShowSeat seat = em.find(ShowSeat.class, showSeatId);
    em.detach(seat);
    return seat;
  }

  public Long holdOf(long showSeatId) {
    ShowSeat seat = em.find(ShowSeat.class, showSeatId);
    return seat.getHold() == null ? null : seat.getHold().getId();
  }

  public long firstShowSeat(long showtimeId) {
    return em.createNamedQuery(ShowSeat.BY_SHOWTIME, ShowSeat.class)
        .setParameter("showtimeId", showtimeId)
        .setMaxResults(1)
        .getSingleResult()
        .getId();
  }

  /** Issues a box-office ticket for the seat of {@code showSeatId}, bypassing every check. */
  public long issueTicket(long showSeatId) {
    ShowSeat seat = em.find(ShowSeat.class, showSeatId);
    Order order =
        new Order(
            null,
            null,
            Channel.BOX_OFFICE,
            seat.getShowtime(),
            seat.getPriceCents(),
            "EUR",
            Instant.now());
    em.persist(order);
    Ticket ticket = new Ticket(order, seat.getShowtime(), seat.getSeat(), Instant.now());
    em.persist(ticket);
    em.flush();
    return ticket.getId();
  }

  public void cancelTicket(long ticketId) {
    em.find(Ticket.class, ticketId).cancel();
  }

  public String code(long ticketId) {
    return em.find(Ticket.class, ticketId).getCode();
  }
}
