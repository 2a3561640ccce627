package org.marquee.payment.control.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marquee.payment.control.http.GatewayAddress.Mode;

class GatewayAddressTest {

  private static GatewayAddress with(Map<String, String> settings) {
    return GatewayAddress.of(name -> Optional.ofNullable(settings.get(name)));
  }

  @Test
  void aNodeToldOfNoProcessorHasNone() {
    GatewayAddress none = with(Map.of());
    assertEquals(Mode.NONE, none.mode());
    assertTrue(none.uri().isEmpty());
    assertTrue(none.reason().contains("marquee.gateway.url"), none.reason());
  }

  @Test
  void theSimulatorIsNeverTheFallbackOfAProductionNode() {
    assertEquals(Mode.NONE, with(Map.of("marquee.demo-data", "false")).mode());
    assertEquals(
        Mode.NONE,
        with(Map.of("marquee.demo-data", "true", "marquee.gateway.simulator", "false")).mode());
  }

  @Test
  void theDemoAndTheTestsUseTheSimulatorOnTheirOwnLoopbackListener() {
    assertEquals(
        Optional.of(URI.create("http://127.0.0.1:8081/payment-gateway/v1")),
        with(Map.of("marquee.demo-data", "true")).uri());
    GatewayAddress tests =
        with(
            Map.of(
                "marquee.gateway.simulator", "true",
                "jboss.socket.binding.port-offset", "10000"));
    assertEquals(Mode.SIMULATOR, tests.mode());
    assertEquals(URI.create("http://127.0.0.1:18081/payment-gateway/v1"), tests.uri().get());
  }

  @Test
  void aConfiguredProcessorWinsAndIsNamedWithoutItsSecrets() {
    GatewayAddress real =
        with(
            Map.of(
                "marquee.gateway.url", "https://merchant:s3cret@pay.example:8443/v1?key=abc",
                "marquee.demo-data", "true"));
    assertEquals(Mode.PROCESSOR, real.mode());
    assertEquals("pay.example", real.uri().get().getHost());
    assertEquals("the processor at https://pay.example:8443", real.reason());
    assertFalse(real.reason().contains("s3cret"));
  }

  @Test
  void anAddressThatIsNoHttpUrlRefusesCardsRatherThanGuess() {
    for (String url : new String[] {"pay.example/v1", "ftp://pay.example", "http://", "::bad"}) {
      GatewayAddress bad = with(Map.of("marquee.gateway.url", url, "marquee.demo-data", "true"));
      assertEquals(Mode.NONE, bad.mode(), url);
      assertFalse(bad.reason().contains(url), url);
    }
  }
}
