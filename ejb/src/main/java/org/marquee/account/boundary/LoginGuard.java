package org.marquee.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.infinispan.Cache;
import org.marquee.account.control.LoginPolicy;
import org.marquee.account.control.LoginPolicy.Failures;
import org.marquee.account.entity.Account;
import org.marquee.platform.LoginFailureCache;

/**
 * Slows down password guessing ({@link LoginPolicy}) for every way of signing in. It is asked
 * before a password is checked, so a locked attempt costs no PBKDF2 either. Counts live in the
 * node's "login-failures" cache: on a cluster each node counts its own share.
 */
@ApplicationScoped
public class LoginGuard {

  @Inject @LoginFailureCache Cache<String, Object> failures;
  @Inject Clock clock;

  /** How long {@code address} must wait before it may try {@code email}; empty if it may now. */
  public Optional<Duration> waitBefore(String email, String address) {
    Instant now = clock.instant();
    Instant until = later(get(pairKey(email, address)), get(addressKey(address)));
    return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  public void failed(String email, String address) {
    Instant now = clock.instant();
    failures.compute(
        pairKey(email, address), (k, old) -> LoginPolicy.pairFailed(asFailures(old), now));
    failures.compute(
        addressKey(address), (k, old) -> LoginPolicy.addressFailed(asFailures(old), now));
  }

  public void succeeded(String email, String address) {
    failures.remove(pairKey(email, address));
  }

  private Instant get(String key) {
    return asFailures(failures.get(key)).lockedUntil();
  }

  private static Failures asFailures(Object value) {
    return value instanceof Failures f ? f : Failures.NONE;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static String pairKey(String email, String address) {
    return "pair:" + Account.normalizeEmail(email) + "|" + address;
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
