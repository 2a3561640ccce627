package org.marquee.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.catalog.entity.Movie;
import org.marquee.catalog.entity.Showtime;
import org.marquee.catalog.entity.ShowtimeStatus;
import org.marquee.catalog.entity.Theater;

/**
 * Reads the catalog from the primary database, in the shapes the snapshot and the listings need;
 * {@link ReplicaCatalogReader} reads the snapshot the same way from the replica.
 */
@ApplicationScoped
public class CatalogReader {

  private static final String SHOWTIME_ROW =
      "select new org.marquee.catalog.control.ShowtimeRow(st.id, m.id, m.title, t.id, t.name,"
          + " t.city, t.timeZone, a.name, st.startsAt, st.endsAt, st.priceCents, st.currency,"
          + " (select count(s) from Seat s where s.auditorium = a))"
          + " from Showtime st join st.movie m join st.auditorium a join a.theater t";

  @PersistenceContext private EntityManager em;

  public CatalogSnapshot snapshot(Instant now) {
    return snapshot(em, now);
  }

  static CatalogSnapshot snapshot(EntityManager em, Instant now) {
    List<MovieView> movies =
        em.createQuery("select m from Movie m", Movie.class)
            .getResultStream()
            .map(MovieView::of)
            .sorted(
                Comparator.comparing((MovieView m) -> m.title().toLowerCase(Locale.ROOT))
                    .thenComparing(MovieView::id))
            .toList();
    List<TheaterView> theaters =
        em.createQuery("select t from Theater t order by t.name, t.id", Theater.class)
            .getResultStream()
            .map(TheaterView::of)
            .toList();
    List<ShowtimeRow> showtimes =
        em.createQuery(
                SHOWTIME_ROW
                    + " where st.status = :scheduled and st.startsAt > :now"
                    + " order by st.startsAt, st.id",
                ShowtimeRow.class)
            .setParameter("scheduled", ShowtimeStatus.SCHEDULED)
            .setParameter("now", now)
            .getResultList();
    return new CatalogSnapshot(movies, theaters, showtimes);
  }

  /** A scheduled showtime, started or not. */
  public Optional<ShowtimeRow> showtime(long id) {
    return em.createQuery(
            SHOWTIME_ROW + " where st.id = :id and st.status = :scheduled", ShowtimeRow.class)
        .setParameter("id", id)
        .setParameter("scheduled", ShowtimeStatus.SCHEDULED)
        .getResultStream()
        .findFirst();
  }

  public boolean isScheduled(long showtimeId) {
    Showtime showtime = em.find(Showtime.class, showtimeId);
    return showtime != null && showtime.getStatus() == ShowtimeStatus.SCHEDULED;
  }
}
