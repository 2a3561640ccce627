package org.marquee.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void aSettingsEnvironmentVariableIsItsNameInCapitalsWithUnderscores() {
    assertEquals("MARQUEE_GATEWAY_URL", Settings.environmentName("marquee.gateway.url"));
    assertEquals(
        "MARQUEE_DB_REPLICA_RETRY_AFTER_MS",
        Settings.environmentName("marquee.db.replica.retry-after-ms"));
  }

  @Test
  void aSystemPropertyIsReadTrimmedAndABlankOneIsNone() {
    String name = "marquee.settings-test." + System.nanoTime();
    assertEquals(Optional.empty(), Settings.get(name));
    assertEquals(7, Settings.getLong(name, 7));
    System.setProperty(name, " 42 ");
    try {
      assertEquals(Optional.of("42"), Settings.get(name));
      assertEquals(42, Settings.getInt(name, 7));
      System.setProperty(name, " ");
      assertEquals(Optional.empty(), Settings.get(name));
      assertEquals(Duration.ofDays(7), Settings.getDuration(name, Duration.ofDays(7)));
      System.setProperty(name, "PT15S");
      assertEquals(Duration.ofSeconds(15), Settings.getDuration(name, Duration.ofDays(7)));
      System.setProperty(name, "true");
      assertTrue(Settings.isTrue(name));
    } finally {
      System.clearProperty(name);
    }
    assertFalse(Settings.isTrue(name));
  }

  @Test
  void theEnvironmentAnswersWhenThereIsNoSystemProperty() {
    // PATH is in every environment; no system property of that name exists
    assertEquals(Optional.of(System.getenv("PATH").trim()), Settings.get("path"));
  }
}
