package org.marquee.payment.control.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Function;
import org.marquee.platform.Settings;

/**
 * Where this node's card payments go, decided from its settings in one place. It fails closed: a
 * node takes card payments only from a processor it was told about.
 *
 * <ul>
 *   <li>{@code marquee.gateway.url} set: that processor ({@link Mode#PROCESSOR}); an address that
 *       is not an absolute http(s) URL counts as none.
 *   <li>otherwise, {@code marquee.gateway.simulator} true (it defaults to {@code
 *       marquee.demo-data}): the simulated processor deployed beside this node for the demo and the
 *       tests, on its loopback listener ({@code 127.0.0.1:<marquee.gateway.port, 8081, plus the
 *       port offset>/payment-gateway/v1}), which moves no money ({@link Mode#SIMULATOR}).
 *   <li>otherwise none ({@link Mode#NONE}): every card payment is refused with a 503 instead of
 *       being approved by something that is not a processor, the start-up log says why, and the
 *       node's readiness is down.
 * </ul>
 */
public record GatewayAddress(Mode mode, Optional<URI> uri, String reason) {

  /** What takes this node's card payments. */
  public enum Mode {
    PROCESSOR,
    SIMULATOR,
    NONE
  }

  /** From this node's settings, read now. */
  public static GatewayAddress current() {
    return of(Settings::get);
  }

  static GatewayAddress of(Function<String, Optional<String>> settings) {
    Optional<String> url = settings.apply("marquee.gateway.url");
    if (url.isPresent()) {
      return processor(url.get());
    }
    boolean demo = settings.apply("marquee.demo-data").map(Boolean::parseBoolean).orElse(false);
    boolean simulator =
        settings.apply("marquee.gateway.simulator").map(Boolean::parseBoolean).orElse(demo);
    if (!simulator) {
      return new GatewayAddress(
          Mode.NONE,
          Optional.empty(),
          "no card processor is configured: set marquee.gateway.url (MARQUEE_GATEWAY_URL)"
              + " to the processor's API address");
    }
    int port =
        settings.apply("marquee.gateway.port").map(Integer::parseInt).orElse(8081)
            + settings.apply("jboss.socket.binding.port-offset").map(Integer::parseInt).orElse(0);
    return new GatewayAddress(
        Mode.SIMULATOR,
        Optional.of(URI.create("http://127.0.0.1:" + port + "/payment-gateway/v1")),
        "the simulated payment gateway (demo and tests): no money moves");
  }

  private static GatewayAddress processor(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getHost() != null
          && ("https".equalsIgnoreCase(uri.getScheme())
              || "http".equalsIgnoreCase(uri.getScheme()))) {
        // named without its path, query or user information, which may hold credentials
        String where =
            uri.getScheme()
                + "://"
                + uri.getHost()
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return new GatewayAddress(Mode.PROCESSOR, Optional.of(uri), "the processor at " + where);
      }
    } catch (URISyntaxException e) {
      // reported below, without echoing a value that may hold credentials
    }
    return new GatewayAddress(
        Mode.NONE,
        Optional.empty(),
        "marquee.gateway.url is not an absolute http(s) URL: card payments are refused");
  }
}
