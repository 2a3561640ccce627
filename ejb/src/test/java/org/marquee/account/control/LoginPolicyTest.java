package org.marquee.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marquee.account.control.LoginPolicy.Failures;

class LoginPolicyTest {

  private final Instant now = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void theFirstFailuresAreFree() {
    Failures f = Failures.NONE;
    for (int i = 1; i < LoginPolicy.FREE_ATTEMPTS; i++) {
      f = LoginPolicy.pairFailed(f, now);
      assertFalse(f.lockedAt(now), "failure " + i);
    }
  }

  @Test
  void thenTheWaitDoublesUpTo15Minutes() {
    Failures f = Failures.NONE;
    for (int i = 1; i < LoginPolicy.FREE_ATTEMPTS; i++) {
      f = LoginPolicy.pairFailed(f, now);
    }
    Duration[] expected = {
      Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
      Duration.ofSeconds(240), Duration.ofSeconds(480), Duration.ofMinutes(15),
      Duration.ofMinutes(15)
    };
    for (Duration wait : expected) {
      f = LoginPolicy.pairFailed(f, now);
      assertEquals(now.plus(wait), f.lockedUntil());
      assertTrue(f.lockedAt(now));
      assertFalse(f.lockedAt(now.plus(wait)), "the lock lifts by itself");
    }
    for (int i = 0; i < 100; i++) {
      f = LoginPolicy.pairFailed(f, now);
    }
    assertEquals(now.plus(LoginPolicy.MAX_LOCK), f.lockedUntil(), "never longer than 15 minutes");
  }

  @Test
  void anAddressIsLockedAfterManyFailuresWhateverTheAccounts() {
    Failures f = Failures.NONE;
    for (int i = 1; i < LoginPolicy.ADDRESS_LIMIT; i++) {
      f = LoginPolicy.addressFailed(f, now);
      assertFalse(f.lockedAt(now));
    }
    f = LoginPolicy.addressFailed(f, now);
    assertTrue(f.lockedAt(now));
    assertFalse(f.lockedAt(now.plus(LoginPolicy.MAX_LOCK)));
  }
}
