package org.marquee.report.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the daily sales rollup ({@code sales_day}) that the dashboard reads for every day before
 * today. Each run, in one transaction, writes afresh from their orders:
 *
 * <ul>
 *   <li>the last {@value #REROLLED_DAYS} finished days, always, so a sale that committed just after
 *       midnight and a refund of the last days count;
 *   <li>every earlier day whose orders were refunded since the last run (with ten minutes' slack
 *       for transactions in flight), so a late refund counts however old its sale;
 *   <li>finished days not rolled up yet, back to {@value #BACKFILL_DAYS} days (a new installation,
 *       or a job that stood still), at most {@value #DAYS_PER_RUN} a run, the newest first.
 * </ul>
 *
 * Every node runs it ({@link ReportJobs}); a transaction-scoped advisory lock lets one run at a
 * time, and a node that finds it taken skips its turn. Each day reads only that day's orders, by
 * their index on {@code created_at}.
 */
@Stateless
@PermitAll
public class SalesRollup {

  static final int REROLLED_DAYS = 2;
  static final int BACKFILL_DAYS = 400;
  static final int DAYS_PER_RUN = 31;
  private static final Duration SLACK = Duration.ofMinutes(10);

  /** The advisory lock of the rollup: "sales_day" as a number. */
  private static final long LOCK = 0x73616c65735f6461L;

  @PersistenceContext EntityManager em;
  @Inject SalesDays days;
  @Inject Clock clock;

  /** One run; returns the days it rolled up, or an empty set when another node was running. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Set<LocalDate> roll() {
    if (!Boolean.TRUE.equals(
        em.createNativeQuery("select pg_try_advisory_xact_lock(?1)", Boolean.class)
            .setParameter(1, LOCK)
            .getSingleResult())) {
      return Set.of();
    }
    Instant now = clock.instant();
    LocalDate today = days.today();
    LocalDate yesterday = today.minusDays(1);
    NavigableSet<LocalDate> due = new TreeSet<>();
    for (int d = 1; d <= REROLLED_DAYS; d++) {
      due.add(today.minusDays(d));
    }
    Object last =
        em.createNativeQuery("select max(rolled_at) from sales_day_rolled", Object.class)
            .getSingleResult();
    if (last != null) {
      Instant since = SalesDays.instantOf(last).minus(SLACK);
      for (Object createdAt :
          em.createNativeQuery(
                  "select o.created_at from ticket_order o where o.refunded_at >= ?1", Object.class)
              .setParameter(1, Timestamp.from(since))
              .getResultList()) {
        LocalDate day = LocalDate.ofInstant(SalesDays.instantOf(createdAt), days.zone());
        if (day.isBefore(today)) {
          due.add(day);
        }
      }
    }
    Object first =
        em.createNativeQuery("select min(created_at) from ticket_order", Object.class)
            .getSingleResult();
    if (first != null) {
      LocalDate from = LocalDate.ofInstant(SalesDays.instantOf(first), days.zone());
      if (from.isBefore(today.minusDays(BACKFILL_DAYS))) {
        from = today.minusDays(BACKFILL_DAYS);
      }
      Set<LocalDate> rolled = from.isAfter(yesterday) ? Set.of() : days.rolled(from, yesterday);
      for (LocalDate day = yesterday; !day.isBefore(from); day = day.minusDays(1)) {
        if (!rolled.contains(day)) {
          due.add(day);
        }
      }
    }
    Set<LocalDate> done = new TreeSet<>();
    for (LocalDate day : List.copyOf(due.descendingSet())) {
      if (done.size() == DAYS_PER_RUN) {
        break;
      }
      days.roll(day, now);
      done.add(day);
    }
    return done;
  }
}
