package org.marquee.account.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How hard password guessing is made, as pure rules; {@code LoginGuard} keeps the counts in a cache
 * the cluster shares. Three counts of failed sign-ins, each forgotten a window (15 minutes) after
 * its last failure:
 *
 * <ul>
 *   <li><b>per account</b>, whatever the address: after {@code accountFreeFailures} (5) failures,
 *       an attempt on that account waits 2 s before its password is even checked, then 4, 8, ... at
 *       most a minute after the last failure. Guessing one account from many addresses is so held
 *       to one guess a minute, however many arrive at once when a wait ends (the first claims the
 *       check, see {@link #mustClaim}). A wait is short on purpose: it is a delay, never a lock a
 *       guesser can keep a customer in for long;
 *   <li><b>per account and address</b>, which replaces the account's count for an address the
 *       account signed in from recently (kept {@code knownAddressFor}, 30 days, by {@code
 *       LoginGuard}): someone guessing elsewhere never slows a customer at the address they use;
 *   <li><b>per address</b>, whatever the accounts: after {@code addressFreeFailures} (50) failures,
 *       that address's further <em>failing</em> attempts are answered "too many" with the wait (2 s
 *       ... one minute) instead of "wrong". The password is still checked first: another account's
 *       correct password from a busy address (a shared network, a proxy) is never refused.
 * </ul>
 */
public final class LoginPolicy {

  private LoginPolicy() {}

  /**
   * Failures counted under one key: how many, and when the last one was. Kept in the cache as the
   * text {@code count:epochMillis}, which every node reads without a marshaller of its own.
   */
  public record Failures(int count, Instant last) {

    public static final Failures NONE = new Failures(0, Instant.EPOCH);

    public String encode() {
      return count + ":" + last.toEpochMilli();
    }

    /** What the cache holds under a key; anything else (nothing, a foreign value) is none. */
    public static Failures decode(Object stored) {
      if (stored instanceof String text) {
        int colon = text.indexOf(':');
        try {
          int count = Integer.parseInt(text.substring(0, Math.max(colon, 0)));
          long last = Long.parseLong(text.substring(colon + 1));
          return count > 0 ? new Failures(count, Instant.ofEpochMilli(last)) : NONE;
        } catch (NumberFormatException e) {
          return NONE;
        }
      }
      return NONE;
    }

    /** The same count, its wait starting again at {@code now}: an attempt claims its check. */
    public Failures claimedAt(Instant now) {
      return new Failures(count, now);
    }

    /** One more failure at {@code now}; a count older than the window starts again. */
    public Failures plusOne(Instant now, LoginLimits limits) {
      boolean forgotten = !now.isBefore(last.plus(limits.window()));
      return new Failures(forgotten ? 1 : Math.min(count, 1_000_000) + 1, now);
    }
  }

  /**
   * How long an attempt on an account must wait before its password is checked, by the count that
   * judges it: the account's, or the account-and-address count at an address the account signed in
   * from.
   */
  public static Duration waitBeforeCheck(Failures judged, Instant now, LoginLimits limits) {
    return remaining(judged, limits.accountFreeFailures(), now, limits);
  }

  /**
   * Whether an attempt that need not wait must first claim its check: once the free failures are
   * used up, the end of a wait lets exactly one attempt through, not every request that arrives at
   * that moment. The claim ({@link Failures#claimedAt}) restarts the same wait for everyone else.
   */
  public static boolean mustClaim(Failures judged, Instant now, LoginLimits limits) {
    return judged.count() >= limits.accountFreeFailures()
        && now.isBefore(judged.last().plus(limits.window()));
  }

  /**
   * How long a failing attempt that brought an address to these failures is slowed: zero for its
   * first {@code addressFreeFailures}, then 2 s, 4 s, ... one minute.
   */
  public static Duration addressWait(Failures address, Instant now, LoginLimits limits) {
    return remaining(address, limits.addressFreeFailures() + 1, now, limits);
  }

  /** The wait after {@code count} failures: none below {@code free}, then doubling to the most. */
  static Duration waitAfter(int count, int free, LoginLimits limits) {
    if (count < free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(count - free, 30);
    Duration wait = limits.firstWait().multipliedBy(1L << doublings);
    return wait.compareTo(limits.maxWait()) > 0 ? limits.maxWait() : wait;
  }

  private static Duration remaining(Failures f, int free, Instant now, LoginLimits limits) {
    if (f.count() == 0 || !now.isBefore(f.last().plus(limits.window()))) {
      return Duration.ZERO;
    }
    Instant until = f.last().plus(waitAfter(f.count(), free, limits));
    return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
  }
}
