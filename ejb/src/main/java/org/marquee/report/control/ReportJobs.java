package org.marquee.report.control;

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
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marquee.platform.Settings;

/**
 * The report area's EJB timer, on every node: the {@link SalesRollup} a minute after start and then
 * every {@code marquee.jobs.sales-rollup-interval} (PT10M by default). Not persistent, like the
 * booking jobs: each node keeps its own timer, and the rollup lets one node run at a time.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportJobs {

  private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());

  @Resource TimerService timers;
  @EJB SalesRollup rollup;

  @PostConstruct
  void schedule() {
    Duration interval =
        Settings.getDuration("marquee.jobs.sales-rollup-interval", Duration.ofMinutes(10));
    long first = Math.min(Duration.ofMinutes(1).toMillis(), interval.toMillis());
    timers.createIntervalTimer(first, interval.toMillis(), new TimerConfig("sales-rollup", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run(Timer timer) {
    try {
      Set<?> days = rollup.roll();
      if (!days.isEmpty()) {
        LOG.fine(() -> "sales rolled up for " + days);
      }
    } catch (RuntimeException e) {
      // a failed round (the database away for a moment) must not cancel the timer
      LOG.log(Level.WARNING, "the sales rollup failed; it runs again", e);
    }
  }
}
