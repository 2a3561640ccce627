package org.marquee.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthChecksTest {

  private final List<String> calls = new ArrayList<>();

  /** A connection that answers isValid with {@code valid} and records what it was asked. */
  private Connection connection(boolean valid) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              calls.add(method.getName());
              return method.getName().equals("isValid") ? valid : null;
            });
  }

  @Test
  void theDatabaseIsReadyWhenAConnectionPassesTheDriversCheck() {
    Probe up = DatabaseReadiness.check(() -> connection(true));
    assertTrue(up.up());
    assertTrue(up.data().containsKey("responseMillis"));
    assertEquals(List.of("isValid", "close"), calls, "the connection goes back to the pool");
  }

  @Test
  void theDatabaseIsNotReadyWhenTheConnectionIsInvalidOrCannotBeHad() {
    assertFalse(DatabaseReadiness.check(() -> connection(false)).up());
    Probe unreachable =
        DatabaseReadiness.check(
            () -> {
              throw new SQLException("Connection to 10.0.0.7:5432 refused", "08001");
            });
    assertFalse(unreachable.up());
    Probe wrapped =
        DatabaseReadiness.check(
            () -> {
              throw new SQLException(
                  "IJ031084: Unable to create connection",
                  new IllegalStateException(new SQLException("not accepting", "55000")));
            });
    assertEquals("55000", wrapped.data().get("sqlState"), "the driver's state under the pool's");
    assertEquals("08001", unreachable.data().get("sqlState"));
    assertTrue(
        unreachable.data().values().stream().noneMatch(v -> v.toString().contains("10.0.0.7")),
        "no address in the answer");
  }

  @Test
  void deadlockedThreadsMakeTheNodeNotLive() {
    assertTrue(ThreadsLiveness.check(null, 40).up());
    Probe stuck = ThreadsLiveness.check(new long[] {12, 13}, 40);
    assertFalse(stuck.up());
    assertEquals(2, stuck.data().get("deadlocked"));
  }

  @Test
  void aNodeWithoutACardProcessorIsNotReadyAndSaysWhy() {
    Probe none = CardPaymentsReadiness.check("NONE", "no card processor is configured");
    assertFalse(none.up());
    assertEquals("no card processor is configured", none.data().get("reason"));
    assertTrue(CardPaymentsReadiness.check("PROCESSOR", "the processor at https://p").up());
    assertTrue(CardPaymentsReadiness.check("SIMULATOR", "the simulated payment gateway").up());
    assertFalse(CardPaymentsReadiness.check(null, null).up(), "not started yet");
  }
}
