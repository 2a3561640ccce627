package org.marquee.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marquee.booking.entity.OrderStatus;
import org.marquee.catalog.entity.ShowtimeStatus;
import org.marquee.ticket.entity.TicketStatus;

/**
 * The sales dashboard's figures, for administrators: tickets and revenue per day over the last
 * {@code days} days, per movie, and the occupancy of the next showtimes. Read straight from the
 * orders, tickets and seats, so they agree with what was sold.
 */
@Stateless
@RolesAllowed("ADMIN")
public class SalesReportService {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public SalesFigures figures(int days) {
    return new SalesFigures(perDay(days), perMovie(), occupancy(20));
  }

  private List<SalesFigures.Day> perDay(int days) {
    ZoneId zone = clock.getZone();
    LocalDate today = LocalDate.now(clock);
    LocalDate first = today.minusDays(days - 1L);
    Map<LocalDate, long[]> byDay = new TreeMap<>();
    for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
      byDay.put(d, new long[2]);
    }
    for (Object[] row :
        em.createQuery(
                "select o.createdAt, o.totalCents,"
                    + " (select count(t) from Ticket t where t.order = o and t.status <> :cancelled)"
                    + " from Order o where o.status = :confirmed and o.createdAt >= :since",
                Object[].class)
            .setParameter("cancelled", TicketStatus.CANCELLED)
            .setParameter("confirmed", OrderStatus.CONFIRMED)
            .setParameter("since", first.atStartOfDay(zone).toInstant())
            .getResultList()) {
      LocalDate day = ((Instant) row[0]).atZone(zone).toLocalDate();
      long[] figures = byDay.get(day);
      if (figures != null) {
        figures[0] += ((Number) row[2]).longValue();
        figures[1] += ((Number) row[1]).longValue();
      }
    }
    List<SalesFigures.Day> result = new ArrayList<>();
    byDay.forEach((day, f) -> result.add(new SalesFigures.Day(day, f[0], f[1])));
    return result;
  }

  private List<SalesFigures.MovieSales> perMovie() {
    return em.createQuery(
            "select m.title, count(t), sum(t.priceCents) from Ticket t"
                + " join t.showtime s join s.movie m"
                + " where t.status <> :cancelled"
                + " group by m.title order by count(t) desc, m.title",
            Object[].class)
        .setParameter("cancelled", TicketStatus.CANCELLED)
        .setMaxResults(20)
        .getResultStream()
        .map(
            r ->
                new SalesFigures.MovieSales(
                    (String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
        .toList();
  }

  private List<SalesFigures.Occupancy> occupancy(int max) {
    return em.createQuery(
            "select s.id, m.title, s.startsAt,"
                + " (select count(x) from Seat x where x.auditorium = s.auditorium),"
                + " (select count(t) from Ticket t where t.showtime = s"
                + " and t.status <> org.marquee.ticket.entity.TicketStatus.CANCELLED)"
                + " from Showtime s join s.movie m"
                + " where s.startsAt > :now and s.status = :scheduled"
                + " order by s.startsAt, s.id",
            Object[].class)
        .setParameter("now", clock.instant())
        .setParameter("scheduled", ShowtimeStatus.SCHEDULED)
        .setMaxResults(max)
        .getResultStream()
        .map(
            r ->
                new SalesFigures.Occupancy(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    ((Instant) r[2]).atOffset(ZoneOffset.UTC),
                    ((Number) r[4]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }
}
