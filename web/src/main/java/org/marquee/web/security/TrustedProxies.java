package org.marquee.web.security;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The proxies whose forwarding headers are believed ({@code marquee.security.trusted-proxies}):
 * addresses and CIDR ranges, IPv4 or IPv6, separated by commas, for example {@code
 * 10.0.0.0/8,192.0.2.7,2001:db8:10::/48}. Empty (the default) trusts nobody, so no header changes
 * who a caller is. Host names are refused (trust must not depend on DNS), and so is any entry that
 * is not an address: it is logged and left out, trusting less, never more.
 */
final class TrustedProxies {

  private static final Logger LOG = Logger.getLogger(TrustedProxies.class.getName());

  static final TrustedProxies NONE = new TrustedProxies(List.of());

  /** One range: the network's bytes and how many leading bits must match. */
  private record Range(byte[] network, int bits) {

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[whole] & mask) == (network[whole] & mask);
    }
  }

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = ranges;
  }

  static TrustedProxies parse(String setting) {
    if (setting == null || setting.isBlank()) {
      return NONE;
    }
    List<Range> ranges = new ArrayList<>();
    for (String entry : setting.split(",")) {
      String trimmed = entry.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      Optional<Range> range = range(trimmed);
      if (range.isPresent()) {
        ranges.add(range.get());
      } else {
        LOG.warning(
            "marquee.security.trusted-proxies: \""
                + trimmed
                + "\" is not an address or a CIDR range; it is not trusted");
      }
    }
    return new TrustedProxies(List.copyOf(ranges));
  }

  private static Optional<Range> range(String entry) {
    int slash = entry.indexOf('/');
    Optional<InetAddress> address = IpLiteral.parse(slash < 0 ? entry : entry.substring(0, slash));
    if (address.isEmpty()) {
      return Optional.empty();
    }
    byte[] bytes = address.get().getAddress();
    int bits = bytes.length * 8;
    if (slash >= 0) {
      String prefix = entry.substring(slash + 1);
      if (!prefix.matches("\\d{1,3}")) {
        return Optional.empty();
      }
      bits = Integer.parseInt(prefix);
      if (bits > bytes.length * 8) {
        return Optional.empty();
      }
    }
    return Optional.of(new Range(bytes, bits));
  }

  boolean isEmpty() {
    return ranges.isEmpty();
  }

  boolean trusts(InetAddress address) {
    byte[] bytes = address.getAddress();
    for (Range range : ranges) {
      if (range.contains(bytes)) {
        return true;
      }
    }
    return false;
  }
}
