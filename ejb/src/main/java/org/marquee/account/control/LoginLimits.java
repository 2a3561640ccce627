package org.marquee.account.control;

import java.time.Duration;
import java.util.logging.Logger;
import org.marquee.platform.Settings;

/**
 * The settings of the slowing down of password guessing ({@link LoginPolicy}), read when an attempt
 * is judged, so that a changed system property counts at once:
 *
 * <ul>
 *   <li>{@code marquee.login.account-free-failures} (5): failed sign-ins to one account, from
 *       anywhere, before its attempts must wait;
 *   <li>{@code marquee.login.address-free-failures} (50): failed sign-ins from one client address,
 *       whatever the accounts, before its failing attempts are slowed;
 *   <li>{@code marquee.login.first-wait} ({@code PT2S}) and {@code marquee.login.max-wait} ({@code
 *       PT1M}): the first wait, doubled with every further failure up to the longest;
 *   <li>{@code marquee.login.window} ({@code PT15M}): a count is forgotten that long after its last
 *       failure;
 *   <li>{@code marquee.login.known-address-for} ({@code P30D}): how long an address from which an
 *       account signed in stays that account's own.
 * </ul>
 */
public record LoginLimits(
    int accountFreeFailures,
    int addressFreeFailures,
    Duration firstWait,
    Duration maxWait,
    Duration window,
    Duration knownAddressFor) {

  public static final LoginLimits DEFAULTS =
      new LoginLimits(
          5,
          50,
          Duration.ofSeconds(2),
          Duration.ofMinutes(1),
          Duration.ofMinutes(15),
          Duration.ofDays(30));

  public LoginLimits {
    if (accountFreeFailures < 1 || addressFreeFailures < 1) {
      throw new IllegalArgumentException("free failures must be at least 1");
    }
    if (firstWait.isNegative()
        || firstWait.isZero()
        || maxWait.compareTo(firstWait) < 0
        || window.compareTo(maxWait) < 0
        || knownAddressFor.isNegative()) {
      throw new IllegalArgumentException(
          "0 < first-wait <= max-wait <= window, and known-address-for >= 0");
    }
  }

  private static volatile boolean warned;

  /**
   * The settings; the defaults, with a warning, if they are not numbers and durations or not sane.
   */
  public static LoginLimits fromSettings() {
    try {
      return read();
    } catch (RuntimeException e) {
      if (!warned) {
        warned = true;
        Logger.getLogger(LoginLimits.class.getName())
            .warning("marquee.login.* settings are invalid, the defaults apply: " + e.getMessage());
      }
      return DEFAULTS;
    }
  }

  private static LoginLimits read() {
    return new LoginLimits(
        Settings.getInt("marquee.login.account-free-failures", DEFAULTS.accountFreeFailures()),
        Settings.getInt("marquee.login.address-free-failures", DEFAULTS.addressFreeFailures()),
        duration("marquee.login.first-wait", DEFAULTS.firstWait()),
        duration("marquee.login.max-wait", DEFAULTS.maxWait()),
        duration("marquee.login.window", DEFAULTS.window()),
        duration("marquee.login.known-address-for", DEFAULTS.knownAddressFor()));
  }

  private static Duration duration(String name, Duration otherwise) {
    return Settings.getDuration(name, otherwise);
  }
}
