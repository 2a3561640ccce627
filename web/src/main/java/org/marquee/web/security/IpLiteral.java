package org.marquee.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address written out, never a host name: IPv4 is parsed here, and only text of an IPv6
 * literal's characters (with a colon) reaches {@link InetAddress#getByName}, which then parses it
 * without asking DNS. An IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1}) comes out as the IPv4
 * address it is.
 */
final class IpLiteral {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private IpLiteral() {}

  static Optional<InetAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      if (IPV4.matcher(text).matches()) {
        String[] parts = text.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
          int value = Integer.parseInt(parts[i]);
          // "010" would be octal to some and decimal to others: neither is guessed
          if (value > 255 || (parts[i].length() > 1 && parts[i].charAt(0) == '0')) {
            return Optional.empty();
          }
          bytes[i] = (byte) value;
        }
        return Optional.of(InetAddress.getByAddress(bytes));
      }
      if (IPV6.matcher(text).matches() && text.indexOf(':') >= 0) {
        // with a colon, getByName parses an IPv6 literal and never asks DNS
        return Optional.of(InetAddress.getByName(text));
      }
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
