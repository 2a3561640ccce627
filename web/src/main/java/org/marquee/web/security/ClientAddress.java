package org.marquee.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.marquee.platform.Settings;

/**
 * Who a caller is, as far as the slowing down of password guessing goes. Behind the TLS terminator
 * and the load balancer every request comes from the same few proxy addresses, so the connection's
 * peer cannot tell customers apart; the proxies name the client in a header. A header is believed
 * only from a peer in {@code marquee.security.trusted-proxies} (see {@link TrustedProxies}): from
 * anybody else it is the client's own claim and changes nothing.
 *
 * <p>Which header: {@code marquee.security.forwarded-header}, {@code X-Forwarded-For} (the default)
 * or {@code Forwarded} (RFC 7239, its {@code for=} parameters); the other one is ignored, so a
 * client cannot smuggle in the header its proxies do not write. Several lines of the header are one
 * list, in order. Each proxy appends the address it got the request from, so the hops are read from
 * right to left, from the peer on: while a hop is a trusted proxy the walk goes on, and the first
 * hop that is not is the client. Whatever a client wrote to the left of that is never read. A hop
 * that is {@code unknown} or an obfuscated identifier ({@code _hidden}) ends the walk at the proxy
 * that wrote it; a hop that is not an address at all (a host name, a broken quote, garbage) makes
 * the header worthless and the peer is the client.
 *
 * <p>The result is a key, not a display: an IPv4 address, or for IPv6 the /64 network, since one
 * subscriber commonly holds a whole /64 and could otherwise step through its addresses.
 */
public final class ClientAddress {

  private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());

  static final String TRUSTED_PROXIES = "marquee.security.trusted-proxies";
  static final String FORWARDED_HEADER = "marquee.security.forwarded-header";

  /** More hops than this behind trusted proxies is no real chain: the header is not believed. */
  private static final int MOST_HOPS = 32;

  private static final Pattern PORT = Pattern.compile("\\d{1,5}|_[A-Za-z0-9._-]+");
  private static final Pattern OBFUSCATED = Pattern.compile("_[A-Za-z0-9._-]+");
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /** The forwarding headers Marquee can read. */
  enum Header {
    X_FORWARDED_FOR("X-Forwarded-For"),
    FORWARDED("Forwarded");

    final String name;

    Header(String name) {
      this.name = name;
    }
  }

  /** One hop of a header: an address, a proxy that would not say ({@code unknown}), or junk. */
  private record Hop(InetAddress address, boolean unknown) {

    static final Hop UNKNOWN = new Hop(null, true);
    static final Hop MALFORMED = new Hop(null, false);
  }

  private record Configuration(
      String proxiesSetting, String headerSetting, TrustedProxies proxies, Header header) {}

  private static volatile Configuration configuration =
      new Configuration(null, null, TrustedProxies.NONE, null);

  private ClientAddress() {}

  /** The throttling key of the request's client. */
  public static String of(HttpServletRequest request) {
    Configuration now = configuration();
    List<String> values =
        now.header() == null
            ? List.<String>of()
            : Collections.list(request.getHeaders(now.header().name));
    return key(resolve(request.getRemoteAddr(), values, now.header(), now.proxies()));
  }

  /**
   * The client's address: the peer, or behind trusted proxies the nearest hop of {@code header}
   * (its lines {@code values}) that is not one. A peer that is not an address is returned as it is.
   */
  static InetAddress resolve(
      String peer, List<String> values, Header header, TrustedProxies trusted) {
    InetAddress current = IpLiteral.parse(peer).orElse(null);
    if (current == null || header == null || !trusted.trusts(current)) {
      return current;
    }
    List<String> hops = new ArrayList<>();
    for (String value : values) {
      for (String hop : value.split(",", -1)) {
        if (!hop.isBlank()) {
          hops.add(hop.trim());
        }
      }
    }
    InetAddress peerAddress = current;
    int walked = 0;
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (++walked > MOST_HOPS) {
        return peerAddress;
      }
      Hop hop = header == Header.FORWARDED ? forwarded(hops.get(i)) : xForwardedFor(hops.get(i));
      if (hop.unknown()) {
        return current;
      }
      if (hop.address() == null) {
        return peerAddress;
      }
      if (!trusted.trusts(hop.address())) {
        return hop.address();
      }
      current = hop.address();
    }
    return current;
  }

  /** An element of {@code X-Forwarded-For}: an address, perhaps with a port. */
  private static Hop xForwardedFor(String element) {
    return unknown(element) ? Hop.UNKNOWN : node(element, true);
  }

  /** An element of {@code Forwarded}: {@code pair;pair}, of which {@code for=} names the node. */
  private static Hop forwarded(String element) {
    String node = null;
    for (String pair : element.split(";", -1)) {
      String trimmed = pair.trim();
      int equals = trimmed.indexOf('=');
      if (equals <= 0 || !TOKEN.matcher(trimmed.substring(0, equals)).matches()) {
        return Hop.MALFORMED;
      }
      Optional<String> value = value(trimmed.substring(equals + 1));
      if (value.isEmpty()) {
        return Hop.MALFORMED;
      }
      if (trimmed.substring(0, equals).equalsIgnoreCase("for")) {
        if (node != null) {
          return Hop.MALFORMED;
        }
        node = value.get();
      }
    }
    if (node == null || unknown(node)) {
      // a proxy that did not name its client, or named it by a secret of its own
      return Hop.UNKNOWN;
    }
    return node(node, false);
  }

  /** {@code unknown} or an obfuscated identifier ({@code _hidden}), perhaps with a port. */
  private static boolean unknown(String node) {
    String[] parts = node.split(":", 2);
    return (parts[0].equalsIgnoreCase("unknown") || OBFUSCATED.matcher(parts[0]).matches())
        && (parts.length == 1 || PORT.matcher(parts[1]).matches());
  }

  /** A token or a quoted string (RFC 7230), unquoted; empty if it is neither. */
  private static Optional<String> value(String text) {
    if (text.startsWith("\"")) {
      if (text.length() < 2 || !text.endsWith("\"")) {
        return Optional.empty();
      }
      StringBuilder unquoted = new StringBuilder();
      for (int i = 1; i < text.length() - 1; i++) {
        char c = text.charAt(i);
        if (c == '"') {
          return Optional.empty();
        }
        if (c == '\\') {
          if (++i >= text.length() - 1) {
            return Optional.empty();
          }
          c = text.charAt(i);
        }
        unquoted.append(c);
      }
      return Optional.of(unquoted.toString());
    }
    return TOKEN.matcher(text).matches() ? Optional.of(text) : Optional.empty();
  }

  /**
   * {@code 192.0.2.1}, {@code 192.0.2.1:4711}, {@code [2001:db8::1]}, {@code [2001:db8::1]:4711};
   * bare IPv6 ({@code 2001:db8::1}) only where {@code bareIpv6}, in X-Forwarded-For.
   */
  private static Hop node(String text, boolean bareIpv6) {
    String host = text;
    String port = null;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        return Hop.MALFORMED;
      }
      host = text.substring(1, close);
      String rest = text.substring(close + 1);
      if (!rest.isEmpty()) {
        if (!rest.startsWith(":")) {
          return Hop.MALFORMED;
        }
        port = rest.substring(1);
      }
      if (host.indexOf(':') < 0) {
        return Hop.MALFORMED;
      }
    } else if (text.indexOf(':') == text.lastIndexOf(':') && text.indexOf(':') > 0) {
      host = text.substring(0, text.indexOf(':'));
      port = text.substring(text.indexOf(':') + 1);
      if (host.indexOf('.') < 0) {
        return Hop.MALFORMED;
      }
    } else if (text.indexOf(':') >= 0 && !bareIpv6) {
      return Hop.MALFORMED;
    }
    if (port != null && !PORT.matcher(port).matches()) {
      return Hop.MALFORMED;
    }
    return IpLiteral.parse(host).map(a -> new Hop(a, false)).orElse(Hop.MALFORMED);
  }

  /** An IPv4 address as it is; an IPv6 address as its /64 network, {@code 2001:db8:0:1::/64}. */
  static String key(InetAddress address) {
    if (address == null) {
      return "none";
    }
    if (address instanceof Inet6Address) {
      byte[] bytes = address.getAddress();
      StringBuilder network = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
        network.append(':');
      }
      return network.append(":/64").toString();
    }
    return address.getHostAddress();
  }

  /** The settings, parsed again only when they change (and then warned about only once). */
  private static Configuration configuration() {
    String proxies = Settings.get(TRUSTED_PROXIES).orElse("");
    String header = Settings.get(FORWARDED_HEADER).orElse(Header.X_FORWARDED_FOR.name);
    Configuration known = configuration;
    if (!proxies.equals(known.proxiesSetting()) || !header.equals(known.headerSetting())) {
      known = new Configuration(proxies, header, TrustedProxies.parse(proxies), header(header));
      configuration = known;
    }
    return known;
  }

  private static Header header(String name) {
    for (Header header : Header.values()) {
      if (header.name.equalsIgnoreCase(name)) {
        return header;
      }
    }
    LOG.warning(
        FORWARDED_HEADER
            + " is \""
            + name
            + "\", neither X-Forwarded-For nor Forwarded: no header is believed");
    return null;
  }
}
