package org.marquee.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marquee.report.control.SalesDays;
import org.marquee.report.control.SalesDays.MovieDay;

/**
 * The sales dashboard's figures, for administrators: tickets and revenue per day over the last
 * {@code days} days and per movie over the same days, and the occupancy of the next showtimes.
 * Every figure is bounded in time: the days before today come from the daily rollup ({@code
 * sales_day}, see {@link org.marquee.report.control.SalesRollup}), today (and any day not rolled up
 * yet) from that day's orders; the occupancy counts the live tickets of twenty showtimes against
 * their auditoriums' seats. So the dashboard costs the same whatever the history holds.
 */
@Stateless
@RolesAllowed("ADMIN")
public class SalesReportService {

  private static final int MOVIES = 20;
  private static final int SHOWTIMES = 20;

  @PersistenceContext EntityManager em;
  @Inject SalesDays sales;
  @Inject Clock clock;

  public SalesFigures figures(int days) {
    LocalDate today = sales.today();
    LocalDate first = today.minusDays(Math.max(days, 1) - 1L);
    Set<LocalDate> rolled = sales.rolled(first, today);
    List<SalesFigures.Day> perDay = new ArrayList<>();
    Map<Long, long[]> perMovie = new HashMap<>();
    for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
      List<MovieDay> movies = rolled.contains(day) ? sales.rolledUp(day) : sales.live(day);
      long tickets = 0;
      long revenue = 0;
      for (MovieDay m : movies) {
        tickets += m.tickets();
        revenue += m.revenueCents();
        long[] sum = perMovie.computeIfAbsent(m.movieId(), id -> new long[2]);
        sum[0] += m.tickets();
        sum[1] += m.revenueCents();
      }
      perDay.add(new SalesFigures.Day(day, tickets, revenue));
    }
    return new SalesFigures(perDay, movies(perMovie), occupancy());
  }

  /** The best-selling movies of the days summed, most tickets first. */
  private List<SalesFigures.MovieSales> movies(Map<Long, long[]> perMovie) {
    if (perMovie.isEmpty()) {
      return List.of();
    }
    Map<Long, String> titles = new HashMap<>();
    for (Object[] row :
        em.createQuery("select m.id, m.title from Movie m where m.id in :ids", Object[].class)
            .setParameter("ids", perMovie.keySet())
            .getResultList()) {
      titles.put((Long) row[0], (String) row[1]);
    }
    return perMovie.entrySet().stream()
        .filter(e -> e.getValue()[0] > 0 || e.getValue()[1] > 0)
        .map(
            e ->
                new SalesFigures.MovieSales(
                    titles.getOrDefault(e.getKey(), "#" + e.getKey()),
                    e.getValue()[0],
                    e.getValue()[1]))
        .sorted(
            Comparator.comparingLong(SalesFigures.MovieSales::tickets)
                .reversed()
                .thenComparing(SalesFigures.MovieSales::title))
        .limit(MOVIES)
        .toList();
  }

  /**
   * The next scheduled showtimes: their live tickets (the partial index of live tickets per seat
   * counts them) against their auditoriums' seats.
   */
  private List<SalesFigures.Occupancy> occupancy() {
    List<SalesFigures.Occupancy> shows = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select s.id, m.title, s.starts_at,"
                    + " (select count(*) from ticket t"
                    + "   where t.showtime_id = s.id and t.status <> 'CANCELLED') as sold,"
                    + " (select count(*) from seat st where st.auditorium_id = s.auditorium_id)"
                    + "   as seats"
                    + " from showtime s join movie m on m.id = s.movie_id"
                    + " where s.starts_at > ?1 and s.status = 'SCHEDULED'"
                    + " order by s.starts_at, s.id limit ?2",
                Object[].class)
            .setParameter(1, Timestamp.from(clock.instant()))
            .setParameter(2, SHOWTIMES)
            .getResultList()) {
      Object[] r = (Object[]) row;
      shows.add(
          new SalesFigures.Occupancy(
              ((Number) r[0]).longValue(),
              (String) r[1],
              SalesDays.instantOf(r[2]).atOffset(ZoneOffset.UTC),
              ((Number) r[3]).longValue(),
              ((Number) r[4]).longValue()));
    }
    return shows;
  }
}
