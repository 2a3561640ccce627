package org.marquee.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.web.security.ClientAddress.Header;

class ClientAddressTest {

  /** The TLS terminator 10.0.0.5, the balancers 10.1.0.0/16 and an IPv6 proxy network. */
  private static final TrustedProxies PROXIES =
      TrustedProxies.parse(" 10.0.0.5, 10.1.0.0/16 ,2001:db8:aaaa::/48");

  private static String xff(String peer, String... lines) {
    return text(ClientAddress.resolve(peer, List.of(lines), Header.X_FORWARDED_FOR, PROXIES));
  }

  private static String forwarded(String peer, String... lines) {
    return text(ClientAddress.resolve(peer, List.of(lines), Header.FORWARDED, PROXIES));
  }

  private static String text(InetAddress address) {
    return address == null ? null : address.getHostAddress();
  }

  @Test
  void anUntrustedPeerIsTheClientWhateverItsHeadersSay() {
    assertEquals("203.0.113.9", xff("203.0.113.9", "198.51.100.1"));
    assertEquals("203.0.113.9", xff("203.0.113.9", "10.0.0.5"));
    assertEquals("203.0.113.9", forwarded("203.0.113.9", "for=198.51.100.1"));
    assertEquals(
        "203.0.113.9",
        text(ClientAddress.resolve("203.0.113.9", List.of("1.2.3.4"), null, PROXIES)));
  }

  @Test
  void nobodyIsTrustedByDefault() {
    assertEquals(
        "10.0.0.5",
        text(
            ClientAddress.resolve(
                "10.0.0.5",
                List.of("198.51.100.1"),
                Header.X_FORWARDED_FOR,
                TrustedProxies.parse(""))));
    assertTrue(TrustedProxies.parse(null).isEmpty());
  }

  @Test
  void behindTrustedProxiesTheNearestUntrustedHopIsTheClient() {
    assertEquals("198.51.100.1", xff("10.0.0.5", "198.51.100.1"));
    assertEquals("198.51.100.1", xff("10.1.2.3", "198.51.100.1, 10.0.0.5"));
    assertEquals(
        "198.51.100.1",
        xff("10.1.2.3", "6.6.6.6, 7.7.7.7, 198.51.100.1, 10.0.0.5"),
        "what the client wrote to the left is never read");
  }

  @Test
  void aTrustedPeerWithoutAHeaderIsItself() {
    assertEquals("10.0.0.5", xff("10.0.0.5"));
    assertEquals("10.0.0.5", xff("10.0.0.5", "", " , "));
  }

  @Test
  void aChainOfTrustedProxiesOnlyEndsAtTheLeftmost() {
    assertEquals("10.1.0.9", xff("10.0.0.5", "10.1.0.9, 10.1.0.8"));
  }

  @Test
  void severalHeaderLinesAreOneListInOrder() {
    assertEquals("198.51.100.1", xff("10.1.2.3", "6.6.6.6", "198.51.100.1", "10.0.0.5"));
    assertEquals(
        "198.51.100.7", forwarded("10.1.2.3", "for=6.6.6.6", "for=198.51.100.7, for=10.0.0.5"));
  }

  @Test
  void portsAndIpv6InXForwardedFor() {
    assertEquals("198.51.100.1", xff("10.0.0.5", "198.51.100.1:4711"));
    assertEquals("2001:db8:1:0:0:0:0:7", xff("10.0.0.5", "2001:db8:1::7"));
    assertEquals("2001:db8:1:0:0:0:0:7", xff("10.0.0.5", "[2001:db8:1::7]:443"));
    assertEquals("2001:db8:1:0:0:0:0:7", xff("10.0.0.5", "[2001:db8:1::7]"));
    assertEquals(
        "2001:db8:1:0:0:0:0:7",
        xff("2001:db8:aaaa::1", "2001:db8:1::7, 2001:db8:aaaa:5::1"),
        "a trusted IPv6 proxy network");
    assertEquals("192.0.2.1", xff("10.0.0.5", "::ffff:192.0.2.1"), "an IPv4-mapped address");
  }

  @Test
  void theForwardedHeaderOfRfc7239() {
    assertEquals("192.0.2.60", forwarded("10.0.0.5", "for=192.0.2.60;proto=http;by=203.0.113.43"));
    assertEquals("192.0.2.60", forwarded("10.0.0.5", "For=\"192.0.2.60:47011\""));
    assertEquals("192.0.2.60", forwarded("10.0.0.5", "proto=https; for=192.0.2.60"));
    assertEquals(
        "2001:db8:cafe:0:0:0:0:17", forwarded("10.0.0.5", "for=\"[2001:db8:cafe::17]:4711\""));
    assertEquals("2001:db8:cafe:0:0:0:0:17", forwarded("10.0.0.5", "for=\"[2001:db8:cafe::17]\""));
    assertEquals(
        "192.0.2.43",
        forwarded("10.1.0.1", "for=192.0.2.43, for=\"[2001:db8:aaaa::1]\", for=10.0.0.5"),
        "trusted hops of both kinds are passed");
    assertEquals("192.0.2.43", forwarded("10.0.0.5", "for=\"\\192.0.2.43\""), "a quoted pair");
  }

  @Test
  void aProxyThatWillNotNameItsClientEndsTheWalkAtThatProxy() {
    assertEquals("10.1.0.7", xff("10.0.0.5", "198.51.100.1, unknown, 10.1.0.7"));
    assertEquals("10.0.0.5", forwarded("10.0.0.5", "for=unknown"));
    assertEquals("10.0.0.5", forwarded("10.0.0.5", "for=_hidden"));
    assertEquals("10.0.0.5", forwarded("10.0.0.5", "for=\"_hidden:_port\""));
    assertEquals("10.0.0.5", forwarded("10.0.0.5", "for=\"unknown:4711\""));
    assertEquals(
        "10.1.0.7", forwarded("10.0.0.5", "for=198.51.100.1, for=_SEVKISEK, for=10.1.0.7"));
    assertEquals("10.0.0.5", forwarded("10.0.0.5", "proto=https;by=10.0.0.5"), "no for=");
  }

  @Test
  void aMalformedHopLeavesThePeer() {
    for (String junk :
        List.of(
            "not-an-address",
            "example.com",
            "999.1.2.3",
            "010.1.2.3",
            "1.2.3",
            "198.51.100.1:http",
            "198.51.100.1:123456",
            "[2001:db8::1",
            "[192.0.2.1]",
            "[2001:db8::1]x",
            "2001:db8::zz",
            "fe80::1%eth0",
            "<script>")) {
      assertEquals("10.1.0.7", xff("10.1.0.7", junk), junk);
    }
    for (String junk :
        List.of(
            "for=192.0.2.60:47011",
            "for=[2001:db8::1]",
            "for=\"2001:db8::1\"",
            "for=\"192.0.2.60",
            "for=\"192.0.2.60\"x\"",
            "for=",
            "=192.0.2.60",
            "for=192.0.2.60;for=192.0.2.61",
            "for=example.com",
            "for=\"[2001:db8::1]:port\"",
            "gibberish")) {
      assertEquals("10.1.0.7", forwarded("10.1.0.7", junk), junk);
    }
  }

  @Test
  void junkLeftOfTheClientIsNeverReached() {
    assertEquals("198.51.100.1", xff("10.0.0.5", "garbage!!, 198.51.100.1"));
    assertEquals("198.51.100.1", forwarded("10.0.0.5", "for=\"broken, for=198.51.100.1"));
  }

  @Test
  void anEndlessChainOfTrustedHopsIsNotBelieved() {
    String hops = String.join(", ", java.util.Collections.nCopies(40, "10.1.0.1"));
    assertEquals("10.0.0.5", xff("10.0.0.5", "198.51.100.1, " + hops));
  }

  @Test
  void thePeerItselfMustBeAnAddress() {
    assertEquals(null, xff(null, "198.51.100.1"));
    assertEquals(null, xff("localhost", "198.51.100.1"));
    assertEquals("none", ClientAddress.key(null));
  }

  @Test
  void trustedProxiesAreAddressesAndRangesOnly() {
    TrustedProxies proxies =
        TrustedProxies.parse("10.0.0.0/8, proxy.example.com, 192.0.2.0/33, 10.x, 172.16.0.0/12");
    assertTrue(proxies.trusts(address("10.200.1.1")));
    assertTrue(proxies.trusts(address("172.31.255.255")));
    assertFalse(proxies.trusts(address("172.32.0.1")));
    assertFalse(proxies.trusts(address("192.0.2.1")), "an invalid range is left out");
    assertFalse(proxies.trusts(address("2001:db8::1")));
    TrustedProxies odd = TrustedProxies.parse("192.0.2.128/25,::1,0.0.0.0/0");
    assertTrue(odd.trusts(address("8.8.8.8")), "0.0.0.0/0 is every IPv4 address");
    assertTrue(odd.trusts(address("::1")));
    assertFalse(odd.trusts(address("::2")));
    TrustedProxies partial = TrustedProxies.parse("192.0.2.128/25");
    assertTrue(partial.trusts(address("192.0.2.200")));
    assertFalse(partial.trusts(address("192.0.2.127")));
  }

  @Test
  void theKeyIsTheIpv4AddressOrTheIpv6Slash64() {
    assertEquals("198.51.100.1", ClientAddress.key(address("198.51.100.1")));
    assertEquals("2001:db8:0:1::/64", ClientAddress.key(address("2001:db8:0:1:abcd::7")));
    assertEquals(
        ClientAddress.key(address("2001:db8:0:1::1")),
        ClientAddress.key(address("2001:db8:0:1:ffff:ffff:ffff:ffff")),
        "one subscriber's /64 is one client");
  }

  private static InetAddress address(String literal) {
    return IpLiteral.parse(literal).orElseThrow();
  }
}
