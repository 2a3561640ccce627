package org.marquee.account.control;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * How hard password guessing is made, as pure rules. Failures are counted per account and address
 * together, and per address alone:
 *
 * <ul>
 *   <li>after {@value #FREE_ATTEMPTS} failed logins to one account from one address, that address
 *       must wait 30 seconds before it may try that account again, then 60, 120, ... at most 15
 *       minutes; a customer elsewhere is never locked out by it;
 *   <li>an address with {@value #ADDRESS_LIMIT} failures (whatever the accounts) waits 15 minutes.
 * </ul>
 *
 * Counts are forgotten 15 minutes after the last failure, and a successful login clears its pair.
 */
public final class LoginPolicy {

  public static final int FREE_ATTEMPTS = 5;
  public static final int ADDRESS_LIMIT = 50;
  public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  public static final Duration MAX_LOCK = Duration.ofMinutes(15);

  private LoginPolicy() {}

  /** Failures so far, and until when no further attempt is taken. */
  public record Failures(int count, Instant lockedUntil) implements Serializable {

    public static final Failures NONE = new Failures(0, Instant.EPOCH);

    public boolean lockedAt(Instant now) {
      return now.isBefore(lockedUntil);
    }
  }

  /** One more failure of an account from an address. */
  public static Failures pairFailed(Failures before, Instant now) {
    int count = before.count() + 1;
    if (count < FREE_ATTEMPTS) {
      return new Failures(count, before.lockedUntil());
    }
    int doublings = Math.min(count - FREE_ATTEMPTS, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    return new Failures(count, now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock));
  }

  /** One more failure from an address. */
  public static Failures addressFailed(Failures before, Instant now) {
    int count = before.count() + 1;
    return new Failures(count, count >= ADDRESS_LIMIT ? now.plus(MAX_LOCK) : before.lockedUntil());
  }
}
