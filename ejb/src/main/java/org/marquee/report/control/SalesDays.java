package org.marquee.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sales of a day per movie, read either live from the orders of that day or from the daily
 * rollup ({@code sales_day}) that {@link SalesRollup} keeps. Both are the same query: what the
 * rollup stores for a day is what the live reading gives for it, so the dashboard may take each day
 * from either. A day runs from midnight to midnight in the servers' time zone ({@code
 * marquee.time-zone}); it counts the confirmed orders made that day, their tickets not cancelled
 * and their totals. Every query is bounded: one day of orders through their index on {@code
 * created_at}, or a range of days of the rollup.
 */
@ApplicationScoped
public class SalesDays {

  /**
   * Confirmed orders made from ?1 until ?2, per movie: orders, live tickets, revenue. The status
   * literals are written out so that the planner can use the live tickets' partial index.
   */
  static final String FIGURES =
      "select s.movie_id, count(*) as orders,"
          + " coalesce(sum((select count(*) from ticket t"
          + "   where t.order_id = o.id and t.status <> 'CANCELLED')), 0) as tickets,"
          + " coalesce(sum(o.total_cents), 0) as revenue_cents"
          + " from ticket_order o join showtime s on s.id = o.showtime_id"
          + " where o.created_at >= ?1 and o.created_at < ?2 and o.status = 'CONFIRMED'"
          + " group by s.movie_id";

  /** One movie's sales on one day (or a range of days, summed). */
  public record MovieDay(long movieId, long orders, long tickets, long revenueCents) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public ZoneId zone() {
    return clock.getZone();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The first instant of {@code day}. */
  public Instant start(LocalDate day) {
    return day.atStartOfDay(zone()).toInstant();
  }

  /** The sales of {@code day} per movie, read from its orders. */
  public List<MovieDay> live(LocalDate day) {
    return em
        .createNativeQuery(FIGURES, Object[].class)
        .setParameter(1, Timestamp.from(start(day)))
        .setParameter(2, Timestamp.from(start(day.plusDays(1))))
        .getResultList()
        .stream()
        .map(r -> movieDay((Object[]) r))
        .toList();
  }

  /** The days from {@code first} to {@code last} that the rollup holds. */
  public Set<LocalDate> rolled(LocalDate first, LocalDate last) {
    Set<LocalDate> days = new TreeSet<>();
    for (Object day :
        em.createNativeQuery(
                "select day from sales_day_rolled where day between ?1 and ?2", Object.class)
            .setParameter(1, first)
            .setParameter(2, last)
            .getResultList()) {
      days.add(date(day));
    }
    return days;
  }

  /** The rollup's sales of {@code day} per movie. */
  public List<MovieDay> rolledUp(LocalDate day) {
    return em
        .createNativeQuery(
            "select movie_id, orders, tickets, revenue_cents from sales_day where day = ?1",
            Object[].class)
        .setParameter(1, day)
        .getResultList()
        .stream()
        .map(r -> movieDay((Object[]) r))
        .toList();
  }

  /** The rollup's sales per movie over the days from {@code first} to {@code last}. */
  public List<MovieDay> rolledUp(LocalDate first, LocalDate last) {
    return em
        .createNativeQuery(
            "select movie_id, sum(orders), sum(tickets), sum(revenue_cents) from sales_day"
                + " where day between ?1 and ?2 group by movie_id",
            Object[].class)
        .setParameter(1, first)
        .setParameter(2, last)
        .getResultList()
        .stream()
        .map(r -> movieDay((Object[]) r))
        .toList();
  }

  /**
   * Writes {@code day}'s rollup afresh from its orders, replacing what it held; the caller holds
   * the rollup's lock ({@link SalesRollup}).
   */
  public void roll(LocalDate day, Instant now) {
    em.createNativeQuery("delete from sales_day where day = ?1")
        .setParameter(1, day)
        .executeUpdate();
    em.createNativeQuery(
            "insert into sales_day (day, movie_id, orders, tickets, revenue_cents)"
                + " select cast(?3 as date), f.movie_id, f.orders, f.tickets, f.revenue_cents from ("
                + FIGURES
                + ") f")
        .setParameter(1, Timestamp.from(start(day)))
        .setParameter(2, Timestamp.from(start(day.plusDays(1))))
        .setParameter(3, day)
        .executeUpdate();
    em.createNativeQuery(
            "insert into sales_day_rolled (day, rolled_at) values (?1, ?2)"
                + " on conflict (day) do update set rolled_at = excluded.rolled_at")
        .setParameter(1, day)
        .setParameter(2, Timestamp.from(now))
        .executeUpdate();
  }

  private static MovieDay movieDay(Object[] r) {
    return new MovieDay(number(r[0]), number(r[1]), number(r[2]), number(r[3]));
  }

  static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static LocalDate date(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  /** A timestamptz of a native query's result, whichever type the driver gave it. */
  public static Instant instantOf(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    return (Instant) value;
  }
}
