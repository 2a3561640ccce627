package org.marquee.seating.control;

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
import org.marquee.platform.Settings;

/**
 * The seating area's timer, on every node: {@link SeatPartitions#maintain} a minute after the start
 * and then every {@code marquee.jobs.retention-interval} (PT1H by default). Not persistent; safe
 * when several nodes run it at once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SeatingJobs {

  private static final Logger LOG = Logger.getLogger(SeatingJobs.class.getName());

  @Resource TimerService timers;
  @EJB SeatPartitions partitions;

  @PostConstruct
  void schedule() {
    Duration interval =
        Settings.getDuration("marquee.jobs.retention-interval", Duration.ofHours(1));
    timers.createIntervalTimer(
        Math.min(Duration.ofMinutes(1).toMillis(), interval.toMillis()),
        interval.toMillis(),
        new TimerConfig("seat-partitions", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run(Timer timer) {
    try {
      partitions.maintain();
    } catch (RuntimeException e) {
      // a long transaction held the tables past the lock timeout, or the database was away
      LOG.log(Level.WARNING, "seat partitions not maintained this time; the job runs again", e);
    }
  }
}
