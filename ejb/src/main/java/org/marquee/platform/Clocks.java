package org.marquee.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "now" and of "today". Today is the date in the server's configured time zone:
 * system property {@code marquee.time-zone} (for example {@code Europe/Berlin}), else the JVM's.
 */
@ApplicationScoped
public class Clocks {

  private final Clock clock = Clock.system(configuredZone());

  static ZoneId configuredZone() {
    return Settings.get("marquee.time-zone").map(ZoneId::of).orElse(ZoneId.systemDefault());
  }

  @Produces
  public Clock clock() {
    return clock;
  }
}
