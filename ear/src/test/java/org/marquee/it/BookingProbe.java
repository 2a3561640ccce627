package org.marquee.it;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
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
@Interceptors(TestTraffic.class)
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

  /** The hold ran out a second ago (its row and its seats' claims say so). */
  public void expireHold(long holdId) {
    Timestamp past = Timestamp.from(Instant.now().minusSeconds(1));
    em.createNativeQuery("update seat_hold set expires_at = ?1 where id = ?2")
        .setParameter(1, past)
        .setParameter(2, holdId)
        .executeUpdate();
    em.createNativeQuery("update seat_claim set held_until = ?1 where hold_id = ?2")
        .setParameter(1, past)
        .setParameter(2, holdId)
        .executeUpdate();
  }

  /** Moves the account's key to the next month (its row to the next month's partition). */
  public void moveKeyToNextMonth(String email, String key) {
    em.createNativeQuery(
            "update idempotency_key set created_at = created_at + interval '1 month'"
                + " where idempotency_key = ?2"
                + " and owner_id = (select id from account where email = ?1)")
        .setParameter(1, email)
        .setParameter(2, key)
        .executeUpdate();
  }

  /** Rows of the account's key, over every month. */
  public long keys(String email, String key) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from idempotency_key k join account a on a.id = k.owner_id"
                        + " where a.email = ?1 and k.idempotency_key = ?2")
                .setParameter(1, email)
                .setParameter(2, key)
                .getSingleResult())
        .longValue();
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
            "select g.status from payment_gateway.charge g"
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

  /** Seats of a showtime whose claim says sold. */
  public long soldSeats(long showtimeId) {
    return count(
        "select count(*) from seat_claim where showtime_id = ?1 and hold_id is null", showtimeId);
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
                    "select count(*) from payment_gateway.charge g"
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

  /**
   * What must never be, among the sales of accounts whose email starts with {@code prefix}, each as
   * a count that must be zero: seats with two live tickets; confirmed orders of cancelled
   * showtimes; charges holding money without a confirmed order; confirmed orders without exactly
   * one charge holding money; purchases (payments of one derived key) holding money twice;
   * showtimes whose SOLD seats are not their live tickets.
   */
  public java.util.Map<String, Long> violations(String prefix) {
    String mine = " join account a on a.id = o.account_id and a.email like ?1";
    java.util.Map<String, Long> found = new java.util.LinkedHashMap<>();
    found.put(
        "seats sold twice",
        count(
            "select count(*) from (select t.showtime_id, t.seat_id from ticket t"
                + " join ticket_order o on o.id = t.order_id"
                + mine
                + " where t.status <> 'CANCELLED' group by 1, 2 having count(*) > 1) twice",
            prefix));
    found.put(
        "confirmed orders of cancelled showtimes",
        count(
            "select count(*) from ticket_order o join showtime s on s.id = o.showtime_id"
                + mine
                + " where o.status = 'CONFIRMED' and s.status = 'CANCELLED'",
            prefix));
    found.put(
        "charges holding money without a confirmed order",
        count(
            "select count(*) from payment_gateway.charge g"
                + " join payment p on p.idempotency_key = g.idempotency_key"
                + " join account a on a.id = p.account_id and a.email like ?1"
                + " left join ticket_order o on o.id = p.order_id and o.status = 'CONFIRMED'"
                + " where g.status in ('AUTHORIZED', 'CAPTURED') and o.id is null",
            prefix));
    found.put(
        "confirmed orders without exactly one charge",
        count(
            "select count(*) from ticket_order o"
                + mine
                + " where o.status = 'CONFIRMED' and 1 <> (select count(*) from payment p"
                + " join payment_gateway.charge g on g.idempotency_key = p.idempotency_key"
                + " where p.order_id = o.id and g.status = 'CAPTURED')",
            prefix));
    found.put(
        "purchases holding money twice",
        count(
            "select count(*) from (select left(p.idempotency_key, 44) from payment p"
                + " join payment_gateway.charge g on g.idempotency_key = p.idempotency_key"
                + " join account a on a.id = p.account_id and a.email like ?1"
                + " where length(p.idempotency_key) > 44 and g.status in ('AUTHORIZED', 'CAPTURED')"
                + " group by 1 having count(*) > 1) twice",
            prefix));
    found.put(
        "showtimes whose sold seats are not their live tickets",
        count(
            "select count(*) from showtime s where s.id in (select o.showtime_id"
                + " from ticket_order o"
                + mine
                + ") and (select count(*) from seat_claim c where c.showtime_id = s.id"
                + " and c.hold_id is null) <> (select count(*) from ticket t"
                + " where t.showtime_id = s.id and t.status <> 'CANCELLED')",
            prefix));
    return found;
  }

  /** Payments of accounts whose email starts with {@code prefix} still pending or due a refund. */
  public long unsettledPayments(String prefix) {
    return count(
        "select count(*) from payment p join account a on a.id = p.account_id"
            + " where a.email like ?1 and p.status in ('PENDING', 'REFUND_DUE')",
        prefix);
  }

  private long count(String sql, String prefix) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, prefix + "%").getSingleResult())
        .longValue();
  }
}
