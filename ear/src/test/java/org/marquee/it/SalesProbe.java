package org.marquee.it;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Test-only: dates an order back as if it had been sold on another day, and counts a day's sales
 * straight from the orders and tickets, written apart from the application's rollup so that the two
 * can be compared.
 */
@Stateless
@Interceptors(TestTraffic.class)
public class SalesProbe {

  @PersistenceContext(unitName = "marquee")
  EntityManager em;

  public long movieOf(long showtimeId) {
    return ((Number)
            em.createNativeQuery("select movie_id from showtime where id = ?1")
                .setParameter(1, showtimeId)
                .getSingleResult())
        .longValue();
  }

  /**
   * The order (and its tickets) was made at {@code at}; that day is not rolled up yet, as a day is
   * not while its sales are made.
   */
  public void madeAt(long orderId, Instant at, ZoneId zone) {
    em.createNativeQuery("update ticket_order set created_at = ?1 where id = ?2")
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, orderId)
        .executeUpdate();
    em.createNativeQuery("update ticket set created_at = ?1 where order_id = ?2")
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, orderId)
        .executeUpdate();
    LocalDate day = LocalDate.ofInstant(at, zone);
    em.createNativeQuery("delete from sales_day where day = ?1")
        .setParameter(1, day)
        .executeUpdate();
    em.createNativeQuery("delete from sales_day_rolled where day = ?1")
        .setParameter(1, day)
        .executeUpdate();
  }

  /**
   * The confirmed orders made on {@code day} (of {@code movieId}, or of every movie when null):
   * {orders, tickets not cancelled, total}.
   */
  public long[] truth(LocalDate day, ZoneId zone, Long movieId) {
    Timestamp from = Timestamp.from(day.atStartOfDay(zone).toInstant());
    Timestamp until = Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant());
    String orders =
        " from ticket_order o join showtime s on s.id = o.showtime_id"
            + " where o.status = 'CONFIRMED' and o.created_at >= ?1 and o.created_at < ?2"
            + (movieId == null ? "" : " and s.movie_id = " + movieId);
    Object[] totals =
        (Object[])
            em.createNativeQuery("select count(*), coalesce(sum(o.total_cents), 0)" + orders)
                .setParameter(1, from)
                .setParameter(2, until)
                .getSingleResult();
    Number tickets =
        (Number)
            em.createNativeQuery(
                    "select count(*) from ticket t where t.status <> 'CANCELLED'"
                        + " and t.order_id in (select o.id"
                        + orders
                        + ")")
                .setParameter(1, from)
                .setParameter(2, until)
                .getSingleResult();
    return new long[] {
      ((Number) totals[0]).longValue(), tickets.longValue(), ((Number) totals[1]).longValue()
    };
  }

  /** What the rollup holds for the movie on {@code day}: {orders, tickets, revenue}, or null. */
  public long[] rolledUp(LocalDate day, long movieId) {
    var rows =
        em.createNativeQuery(
                "select orders, tickets, revenue_cents from sales_day"
                    + " where day = ?1 and movie_id = ?2")
            .setParameter(1, day)
            .setParameter(2, movieId)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] r = (Object[]) rows.get(0);
    return new long[] {
      ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()
    };
  }
}
