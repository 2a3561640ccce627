package org.marquee.account.boundary;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.infinispan.Cache;
import org.marquee.account.control.LoginLimits;
import org.marquee.account.control.LoginPolicy;
import org.marquee.account.control.LoginPolicy.Failures;
import org.marquee.account.entity.Account;
import org.marquee.platform.LoginFailureCache;

/**
 * Slows down password guessing ({@link LoginPolicy}) for every way of signing in, with counts the
 * whole cluster shares: they live in the replicated "login-failures" cache, so guesses spread over
 * N nodes count N times as fast as on one, not N times as many, and a node's loss loses no count.
 * {@link #waitBeforeCheck} is asked before a password is checked, so an attempt that must wait
 * costs no PBKDF2; {@link #failed} and {@link #succeeded} record the outcome of a check.
 *
 * <p>The address is the client's as the web tier resolved it behind trusted proxies, never a header
 * taken on trust. Counts are text values changed by compare-and-set ({@code putIfAbsent}, {@code
 * replace}), which the owner of the key decides, so two nodes counting at once lose no failure;
 * each write renews the entry's lifespan (the window). A successful sign-in writes only what
 * changes (it reads first, and reads are local), since the API signs in on every request.
 */
@ApplicationScoped
public class LoginGuard {

  @Inject @LoginFailureCache Cache<String, Object> failures;
  @Inject Clock clock;

  /**
   * How long an attempt on {@code email} from {@code address} must wait; empty if it may be checked
   * now. When a wait has just ended, the attempt claims its check by compare-and-set, and of many
   * arriving at once only the one that wins is checked; the others are told to wait again.
   */
  public Optional<Duration> waitBeforeCheck(String email, String address) {
    LoginLimits limits = LoginLimits.fromSettings();
    Instant now = clock.instant();
    String account = normalized(email);
    String key =
        failures.containsKey(knownKey(account, address))
            ? pairKey(account, address)
            : accountKey(account);
    Object stored = failures.get(key);
    Failures judged = Failures.decode(stored);
    Duration wait = LoginPolicy.waitBeforeCheck(judged, now, limits);
    if (wait.isZero() && LoginPolicy.mustClaim(judged, now, limits)) {
      boolean claimed =
          failures.replace(
              key,
              stored,
              judged.claimedAt(now).encode(),
              limits.window().toMillis(),
              MILLISECONDS);
      if (!claimed) {
        Duration again =
            LoginPolicy.waitBeforeCheck(Failures.decode(failures.get(key)), now, limits);
        wait = again.isZero() ? limits.firstWait() : again;
      }
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /**
   * Counts a failed check; answers how long this address's failing attempts are slowed (empty if
   * the address is not failing often enough for that).
   */
  public Optional<Duration> failed(String email, String address) {
    LoginLimits limits = LoginLimits.fromSettings();
    Instant now = clock.instant();
    String account = normalized(email);
    count(accountKey(account), now, limits);
    if (failures.containsKey(knownKey(account, address))) {
      // only an account's own address is judged by this count (see LoginPolicy)
      count(pairKey(account, address), now, limits);
    }
    Failures fromAddress = count(addressKey(address), now, limits);
    Duration wait = LoginPolicy.addressWait(fromAddress, now, limits);
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /**
   * A correct password: the address becomes the account's own (for {@code knownAddressFor}, renewed
   * by a sign-in in the second half of that time), and its own failures there are cleared. The
   * account's count and the address's count stay: a customer's success must not give someone
   * guessing elsewhere fresh attempts.
   */
  public void succeeded(String email, String address) {
    LoginLimits limits = LoginLimits.fromSettings();
    String account = normalized(email);
    String pair = pairKey(account, address);
    if (failures.containsKey(pair)) {
      failures.remove(pair);
    }
    String known = knownKey(account, address);
    long now = clock.millis();
    long lifespan = limits.knownAddressFor().toMillis();
    // written when missing or in the second half of its life: an address in use stays known
    if (lifespan > 0 && recordedAt(failures.get(known)) < now - lifespan / 2) {
      failures.put(known, Long.toString(now), lifespan, MILLISECONDS);
    }
  }

  /** When an account's own address was recorded; long ago if it is not, or not readable. */
  private static long recordedAt(Object value) {
    try {
      return value instanceof String text ? Long.parseLong(text) : Long.MIN_VALUE;
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }

  /** One more failure under {@code key}, by compare-and-set, the entry living a window from now. */
  private Failures count(String key, Instant now, LoginLimits limits) {
    long lifespan = limits.window().toMillis();
    Failures next = Failures.NONE;
    for (int attempt = 0; attempt < 20; attempt++) {
      Object old = failures.get(key);
      next = Failures.decode(old).plusOne(now, limits);
      boolean written =
          old == null
              ? failures.putIfAbsent(key, next.encode(), lifespan, MILLISECONDS) == null
              : failures.replace(key, old, next.encode(), lifespan, MILLISECONDS);
      if (written) {
        return next;
      }
    }
    // twenty lost races on one key in a row: a storm of failures; counting one too few is harmless
    failures.put(key, next.encode(), lifespan, MILLISECONDS);
    return next;
  }

  /**
   * An email as the account table has it; longer than any valid email, it is cut there, since it
   * names no account anyway and must not make a key of any size.
   */
  private static String normalized(String email) {
    String normalized = Account.normalizeEmail(email == null ? "" : email);
    return normalized.length() > 256 ? normalized.substring(0, 256) : normalized;
  }

  private static String accountKey(String account) {
    return "account:" + account;
  }

  private static String pairKey(String account, String address) {
    return "pair:" + account + "|" + address;
  }

  private static String knownKey(String account, String address) {
    return "known:" + account + "|" + address;
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
