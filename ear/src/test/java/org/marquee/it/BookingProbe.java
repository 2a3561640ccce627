package org.marquee.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.marquee.catalog.entity.Showtime;

/**
 * Test-only: reads what the API never shows (payments, the gateway's ledger, holds, live tickets)
 * and moves time for a showtime or a hold, as the clock would.
 */
@Stateless
public class BookingProbe {

  @PersistenceContext(unitName = "marquee")
  EntityManager em;

  /** The showtime started {@code ago} and ends in {@code endsIn} (either may be negative). */
  public void moveShowtime(long showtimeId, Duration ago, Duration endsIn) {
    Instant now = Instant.now();
    em.createNativeQuery("update showtime set starts_at = ?1, ends_at = ?2 where id = ?3")
        .setParameter(1, Timestamp.from(now.minus(ago)))
        .setParameter(2, Timestamp.from(now.plus(endsIn)))
        .setParameter(3, showtimeId)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evict(Showtime.class, showtimeId);
  }

  /** The hold ran out a second ago (its row and its seats say so). */
  public void expireHold(long holdId) {
    Timestamp past = Timestamp.from(Instant.now().minusSeconds(1));
    em.createNativeQuery("update seat_hold set expires_at = ?1 where id = ?2")
        .setParameter(1, past)
        .setParameter(2, holdId)
        .executeUpdate();
    em.createNativeQuery("update show_seat set hold_expires_at = ?1 where hold_id = ?2")
        .setParameter(1, past)
        .setParameter(2, holdId)
        .executeUpdate();
  }

  public String holdStatus(long holdId) {
    return (String)
        em.createNativeQuery("select status from seat_hold where id = ?1")
            .setParameter(1, holdId)
            .getSingleResult();
  }

  /**
   * The answers kept under the account's idempotency keys (null while in progress), oldest first.
   */
  @SuppressWarnings("unchecked")
  public List<Integer> keptAnswers(String email) {
    return em.createNativeQuery(
            "select k.response_status from idempotency_key k join account a on a.id = k.owner_id"
                + " where a.email = lower(?1) order by k.created_at",
            Integer.class)
        .setParameter(1, email)
        .getResultList();
  }

  /** The statuses of the account's payments, oldest first. */
  @SuppressWarnings("unchecked")
  public List<String> payments(String email) {
    return em.createNativeQuery(
            "select p.status from payment p join account a on a.id = p.account_id"
                + " where a.email = lower(?1) order by p.id")
        .setParameter(1, email)
        .getResultList();
  }

  /** The statuses of the gateway's charges for the account's payments, oldest first. */
  @SuppressWarnings("unchecked")
  public List<String> charges(String email) {
    return em.createNativeQuery(
            "select g.status from gateway_charge g"
                + " join payment p on p.idempotency_key = g.idempotency_key"
                + " join account a on a.id = p.account_id"
                + " where a.email = lower(?1) order by p.id")
        .setParameter(1, email)
        .getResultList();
  }

  /** Live (not cancelled) tickets of a showtime. */
  public long liveTickets(long showtimeId) {
    return count(
        "select count(*) from ticket where showtime_id = ?1 and status <> 'CANCELLED'", showtimeId);
  }

  /** Seats of a showtime whose row says SOLD. */
  public long soldSeats(long showtimeId) {
    return count(
        "select count(*) from show_seat where showtime_id = ?1 and status = 'SOLD'", showtimeId);
  }

  /** Orders of a showtime. */
  public long orders(long showtimeId) {
    return count("select count(*) from ticket_order where showtime_id = ?1", showtimeId);
  }

  private long count(String sql, long id) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
  }

  /** What the profile page does for the signed-in customer, for an account by its email. */
  public void preferLanguage(String email, String language) {
    em.createNamedQuery(
            org.marquee.account.entity.Account.BY_EMAIL, org.marquee.account.entity.Account.class)
        .setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
        .getSingleResult()
        .preferLanguage(language);
  }

  /**
   * The gateway's charges for the account's payments that hold money (authorized or captured, not
   * refunded).
   */
  public long liveCharges(String email) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from gateway_charge g"
                        + " join payment p on p.idempotency_key = g.idempotency_key"
                        + " join account a on a.id = p.account_id"
                        + " where a.email = lower(?1) and g.status in ('AUTHORIZED', 'CAPTURED')")
                .setParameter(1, email)
                .getSingleResult())
        .longValue();
  }

  /** Confirmed orders of a showtime. */
  public long confirmedOrders(long showtimeId) {
    return count(
        "select count(*) from ticket_order where showtime_id = ?1 and status = 'CONFIRMED'",
        showtimeId);
  }

  /**
   * The showtime reads cancelled in the database, its orders and tickets untouched and this node's
   * second-level cache none the wiser: what a sale that slipped past a cancellation would leave.
   */
  public void cancelBehindTheBack(long showtimeId) {
    em.createNativeQuery("update showtime set status = 'CANCELLED' where id = ?1")
        .setParameter(1, showtimeId)
        .executeUpdate();
  }
}
