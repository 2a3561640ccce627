package org.marquee.seating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.infinispan.Cache;
import org.marquee.platform.SeatLayoutCache;
import org.marquee.seating.entity.SeatLayout;

/**
 * Auditoriums' layouts, from the node's own "seat-layouts" cache, else read once from the database.
 * A layout never changes after its auditorium is made (there is no way to edit one), so a cached
 * layout is never stale and needs no invalidation.
 */
@ApplicationScoped
public class SeatLayouts {

  @PersistenceContext EntityManager em;
  @Inject @SeatLayoutCache Cache<String, Object> cache;

  /** The layout of the auditorium {@code auditoriumId} (empty if there is no such auditorium). */
  public SeatLayout of(long auditoriumId) {
    String key = "layout:" + auditoriumId;
    if (cache.get(key) instanceof SeatLayout cached) {
      return cached;
    }
    List<SeatLayout.Place> seats =
        em.createQuery(
                "select new org.marquee.seating.entity.SeatLayout$Place(s.id, s.rowLabel, s.number,"
                    + " s.category, s.house) from Seat s where s.auditorium.id = :auditorium"
                    + " order by length(s.rowLabel), s.rowLabel, s.number",
                SeatLayout.Place.class)
            .setParameter("auditorium", auditoriumId)
            .getResultList();
    SeatLayout layout = new SeatLayout(auditoriumId, seats);
    if (!seats.isEmpty()) {
      cache.putForExternalRead(key, layout);
    }
    return layout;
  }
}
