package org.marquee.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marquee.account.control.LoginPolicy.Failures;

class LoginPolicyTest {

  private final Instant now = Instant.parse("2026-11-24T10:00:00Z");
  private final LoginLimits limits = LoginLimits.DEFAULTS;

  private Failures failures(int count, Instant at) {
    Failures f = Failures.NONE;
    for (int i = 0; i < count; i++) {
      f = f.plusOne(at, limits);
    }
    return f;
  }

  private Duration accountWait(Failures account) {
    return LoginPolicy.waitBeforeCheck(account, now, limits);
  }

  @Test
  void theFirstFailuresOfAnAccountAreFree() {
    for (int i = 0; i < limits.accountFreeFailures(); i++) {
      assertEquals(Duration.ZERO, accountWait(failures(i, now)), i + " failures");
    }
  }

  @Test
  void thenItsAttemptsWaitDoublingUpToAMinuteWhateverTheAddress() {
    Duration[] expected = {
      Duration.ofSeconds(2),
      Duration.ofSeconds(4),
      Duration.ofSeconds(8),
      Duration.ofSeconds(16),
      Duration.ofSeconds(32),
      Duration.ofMinutes(1),
      Duration.ofMinutes(1)
    };
    for (int i = 0; i < expected.length; i++) {
      Failures f = failures(limits.accountFreeFailures() + i, now);
      assertEquals(expected[i], accountWait(f), f.count() + " failures");
    }
    assertEquals(
        Duration.ofMinutes(1), accountWait(failures(5000, now)), "never longer than a minute");
  }

  @Test
  void aWaitRunsFromTheLastFailureAndEnds() {
    Failures f = failures(limits.accountFreeFailures() + 1, now.minusSeconds(3));
    assertEquals(Duration.ofSeconds(1), accountWait(f));
    assertEquals(Duration.ZERO, accountWait(failures(20, now.minusSeconds(61))));
  }

  @Test
  void countsAreForgottenAWindowAfterTheLastFailure() {
    Failures old = failures(40, now.minus(limits.window()));
    assertEquals(Duration.ZERO, accountWait(old));
    assertEquals(1, old.plusOne(now, limits).count(), "a new failure starts a new count");
    Failures recent = failures(40, now.minus(limits.window()).plusSeconds(1));
    assertEquals(41, recent.plusOne(now, limits).count());
  }

  @Test
  void whenAWaitEndsOneAttemptClaimsTheCheckAndTheOthersWaitAgain() {
    Failures f = failures(limits.accountFreeFailures() + 1, now.minusSeconds(5));
    assertEquals(Duration.ZERO, accountWait(f), "the 4 s wait is over");
    assertTrue(LoginPolicy.mustClaim(f, now, limits));
    Failures claimed = f.claimedAt(now);
    assertEquals(f.count(), claimed.count(), "a claim is no failure");
    assertEquals(Duration.ofSeconds(4), accountWait(claimed), "everyone else waits again");
    assertFalse(LoginPolicy.mustClaim(failures(4, now), now, limits), "free failures: no claim");
    assertFalse(
        LoginPolicy.mustClaim(failures(9, now.minus(limits.window())), now, limits),
        "a forgotten count: no claim");
  }

  @Test
  void anAddressIsSlowedAfterManyFailuresWhateverTheAccounts() {
    for (int i = 0; i <= limits.addressFreeFailures(); i++) {
      assertEquals(Duration.ZERO, LoginPolicy.addressWait(failures(i, now), now, limits));
    }
    assertEquals(
        Duration.ofSeconds(2),
        LoginPolicy.addressWait(failures(limits.addressFreeFailures() + 1, now), now, limits));
    assertEquals(
        Duration.ofSeconds(4),
        LoginPolicy.addressWait(failures(limits.addressFreeFailures() + 2, now), now, limits));
    assertEquals(Duration.ofMinutes(1), LoginPolicy.addressWait(failures(500, now), now, limits));
  }

  @Test
  void countsTravelAsTextAndAnythingElseIsNone() {
    Failures f = new Failures(7, Instant.ofEpochMilli(1_790_000_000_123L));
    assertEquals("7:1790000000123", f.encode());
    assertEquals(f, Failures.decode(f.encode()));
    for (Object junk : new Object[] {null, "", "x:1", "7", "7:", ":5", "-3:5", "0:5", 42}) {
      assertEquals(Failures.NONE, Failures.decode(junk), String.valueOf(junk));
    }
  }

  @Test
  void limitsAreSane() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new LoginLimits(
                0,
                1,
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                Duration.ofMinutes(1),
                Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new LoginLimits(
                1,
                1,
                Duration.ofSeconds(5),
                Duration.ofSeconds(2),
                Duration.ofMinutes(1),
                Duration.ZERO));
  }
}
