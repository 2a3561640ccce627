package org.marquee.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.marquee.booking.entity.Channel;
import org.marquee.booking.entity.Order;
import org.marquee.catalog.entity.Seat;
import org.marquee.catalog.entity.Showtime;
import org.marquee.seating.control.SeatTracker;
import org.marquee.seating.entity.Hold;
import org.marquee.ticket.entity.Ticket;

/** Test-only transactions on the seat inventory, each in a transaction of its own. */
@Stateless
@Interceptors(TestTraffic.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SeatWriter {

  @PersistenceContext(unitName = "marquee")
  EntityManager em;

  @Inject SeatTracker tracker;

  /**
   * Reads the showtime under the sale's lock, waits until the rival has too, then holds the seat
   * through the seat tracker (as the box office would: no account limits) and commits. Returns the
   * hold's id; a lost race is the tracker's SeatsUnavailableException.
   */
  public long holdAfterRivalHasStarted(long showtimeId, long seatId, CyclicBarrier bothStarted)
      throws Exception {
    Showtime showtime = em.find(Showtime.class, showtimeId);
    tracker.requireNotCancelled(showtimeId);
    bothStarted.await(30, TimeUnit.SECONDS);
    Hold hold = tracker.hold(null, showtime, List.of(seatId), Instant.now(), Channel.BOX_OFFICE);
    return hold.getId();
  }

  /** Sells the seats {@code holdId} asked for, through the seat tracker. */
  public void sell(long holdId, List<Long> seatIds) {
    tracker.sell(em.find(Hold.class, holdId), seatIds, Instant.now());
  }

  /** The hold of the seat's claim (0: sold), or null when the seat has no claim: it is free. */
  public Long claimOf(long showtimeId, long seatId) {
    List<?> rows =
        em.createNativeQuery(
                "select coalesce(hold_id, 0) from seat_claim where showtime_id = ?1"
                    + " and seat_id = ?2")
            .setParameter(1, showtimeId)
            .setParameter(2, seatId)
            .getResultList();
    return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
  }

  /** How many rows the inventory keeps for the showtime. */
  public long claims(long showtimeId) {
    return ((Number)
            em.createNativeQuery("select count(*) from seat_claim where showtime_id = ?1")
                .setParameter(1, showtimeId)
                .getSingleResult())
        .longValue();
  }

  /** The first seat of the showtime's auditorium. */
  public long firstSeat(long showtimeId) {
    return em.createQuery(
            "select x.id from Seat x, Showtime s where s.id = :showtime"
                + " and x.auditorium = s.auditorium order by x.id",
            Long.class)
        .setParameter("showtime", showtimeId)
        .setMaxResults(1)
        .getSingleResult();
  }

  /** Issues a box-office ticket for the seat, bypassing every check. */
  public long issueTicket(long showtimeId, long seatId) {
    Showtime showtime = em.find(Showtime.class, showtimeId);
    Order order = new Order(null, null, Channel.BOX_OFFICE, showtime, 1000, "EUR", Instant.now());
    em.persist(order);
    Ticket ticket =
        new Ticket(order, showtime, em.getReference(Seat.class, seatId), 1000, Instant.now());
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
