package org.marquee.seating.control;

import java.time.Duration;
import java.time.Instant;
import org.marquee.platform.Settings;

/**
 * When house seats go on sale to everyone: {@code marquee.house-seats.release-before} (ISO-8601,
 * PT1H by default) before the showtime starts. Until then only the box office sells them, and the
 * public reads them as HELD.
 */
public final class HouseSeats {

  private HouseSeats() {}

  public static Duration releaseBefore() {
    return Settings.getDuration("marquee.house-seats.release-before", Duration.ofHours(1));
  }

  /** The moment a showtime starting at {@code startsAt} releases its house seats. */
  public static Instant releaseOf(Instant startsAt) {
    return startsAt.minus(releaseBefore());
  }
}
