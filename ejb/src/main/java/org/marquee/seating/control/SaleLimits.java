package org.marquee.seating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.marquee.account.entity.Account;
import org.marquee.catalog.entity.Showtime;
import org.marquee.platform.Settings;
import org.marquee.seating.boundary.HoldLimitException;
import org.marquee.seating.boundary.SeatLimitException;

/**
 * What one account may set aside, so that no buyer corners a show: at most {@code
 * marquee.limits.seats-per-showtime} (10) seats of one showtime, counting its active holds and its
 * valid tickets together (used and cancelled tickets do not count), and at most {@code
 * marquee.limits.active-holds} (5) holds at once over all showtimes. Checked on every hold a
 * customer makes, in the hold's transaction, under a lock of the account's own (a PostgreSQL
 * advisory lock held until the transaction ends), so that two racing requests of one account cannot
 * both pass the count. The box office is not limited.
 */
@ApplicationScoped
public class SaleLimits {

  @PersistenceContext EntityManager em;

  public static int seatsPerShowtime() {
    return Settings.getInt("marquee.limits.seats-per-showtime", 10);
  }

  public static int activeHolds() {
    return Settings.getInt("marquee.limits.active-holds", 5);
  }

  /** Refuses a hold of {@code seats} more seats of {@code showtime} past the account's limits. */
  public void check(Account account, Showtime showtime, int seats, Instant now) {
    // the advisory locks' two-key space: Marquee's other one (StartupLock) uses the one-key space
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(1, hashint8(?1))) locked")
        .setParameter(1, account.getId())
        .getSingleResult();
    Timestamp at = Timestamp.from(now);
    long holds =
        count(
            "select count(*) from seat_hold where account_id = ?1 and status = 'ACTIVE'"
                + " and expires_at > ?2",
            account.getId(),
            at);
    if (holds >= activeHolds()) {
      throw new HoldLimitException(activeHolds());
    }
    // both counts are bounded by the size of one auditorium, not by the account's history
    long taken =
        count(
            "select (select count(*) from seat_claim c join seat_hold h on h.id = c.hold_id"
                + "   where c.showtime_id = ?3 and c.held_until > ?2 and h.account_id = ?1)"
                + " + (select count(*) from ticket t join ticket_order o on o.id = t.order_id"
                + "   where t.showtime_id = ?3 and t.status = 'VALID' and o.account_id = ?1)",
            account.getId(),
            at,
            showtime.getId());
    if (taken + seats > seatsPerShowtime()) {
      throw new SeatLimitException(seatsPerShowtime());
    }
  }

  private long count(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }
}
