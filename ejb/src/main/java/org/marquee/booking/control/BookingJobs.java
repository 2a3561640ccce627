package org.marquee.booking.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.payment.control.PaymentReconciler;
import org.marquee.platform.Settings;
import org.marquee.seating.control.HoldReaper;

/**
 * The booking area's EJB timers, on every node: the {@link HoldReaper} every {@code
 * marquee.jobs.hold-reaper-interval} (PT15S by default) and the {@link PaymentReconciler} every
 * {@code marquee.jobs.reconcile-interval} (PT30S), and the months of the idempotency keys ({@link
 * KeyRetention}) at the start and then every {@code marquee.jobs.retention-interval} (PT1H). The
 * timers are not persistent: each node keeps its own, and the jobs are written to be safe when
 * several nodes run them at once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BookingJobs {

  private static final Logger LOG = Logger.getLogger(BookingJobs.class.getName());
  private static final String REAP = "hold-reaper";
  private static final String RECONCILE = "payment-reconciler";
  private static final String KEY_MONTHS = "idempotency-key-months";

  @Resource TimerService timers;
  @EJB HoldReaper reaper;
  @EJB PaymentReconciler reconciler;
  @EJB KeyRetention keys;

  @PostConstruct
  void schedule() {
    every(interval("marquee.jobs.hold-reaper-interval", Duration.ofSeconds(15)), REAP);
    every(interval("marquee.jobs.reconcile-interval", Duration.ofSeconds(30)), RECONCILE);
    // at once (a node started after a long pause needs this month's partition before a purchase)
    Duration hourly = interval("marquee.jobs.retention-interval", Duration.ofHours(1));
    timers.createIntervalTimer(0, hourly.toMillis(), new TimerConfig(KEY_MONTHS, false));
  }

  private void every(Duration interval, String job) {
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig(job, false));
  }

  private static Duration interval(String property, Duration fallback) {
    return Settings.getDuration(property, fallback);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run(Timer timer) {
    try {
      if (REAP.equals(timer.getInfo())) {
        for (Long holdId : reaper.due(500)) {
          try {
            reaper.expire(holdId);
          } catch (RuntimeException e) {
            // a sale converted it at this very moment: nothing to expire
            LOG.log(Level.FINE, "hold " + holdId + " left alone", e);
          }
        }
      } else if (RECONCILE.equals(timer.getInfo())) {
        reconciler.reconcile();
      } else if (KEY_MONTHS.equals(timer.getInfo())) {
        keys.maintain();
      }
    } catch (RuntimeException e) {
      // a failed round (the database away for a moment) must not cancel the timer
      LOG.log(Level.WARNING, "job " + timer.getInfo() + " failed; it runs again", e);
    }
  }
}
