package org.marquee.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  /** The headers a response was given, each name with its values, as a container keeps them. */
  private final Map<String, List<String>> headers = new LinkedHashMap<>();

  private final HttpServletResponse response =
      (HttpServletResponse)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "setHeader" ->
                      headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                  case "addHeader" ->
                      headers
                          .computeIfAbsent((String) args[0], n -> new ArrayList<>())
                          .add((String) args[1]);
                  case "reset" -> headers.clear();
                  default -> {}
                }
                return null;
              });

  @Test
  void everyAnswerGetsTheDefencesAndHstsOnlyOverTls() {
    new SecurityHeaders.Headers(response, ContentSecurityPolicy.OTHER, false).apply();
    assertEquals(List.of("nosniff"), headers.get("X-Content-Type-Options"));
    assertEquals(List.of("same-origin"), headers.get("Referrer-Policy"));
    assertEquals(List.of("DENY"), headers.get("X-Frame-Options"));
    assertEquals(List.of("frame-ancestors 'none'"), headers.get("Content-Security-Policy"));
    assertNull(headers.get("Strict-Transport-Security"));

    headers.clear();
    new SecurityHeaders.Headers(response, ContentSecurityPolicy.API, true).apply();
    assertEquals(List.of(SecurityHeaders.HSTS), headers.get("Strict-Transport-Security"));
    assertEquals(
        List.of("default-src 'none'; frame-ancestors 'none'"),
        headers.get("Content-Security-Policy"));
  }

  @Test
  void aPagesPolicyReplacesTheDefaultAndAResetKeepsTheDefences() {
    SecurityHeaders.Headers wrapped =
        new SecurityHeaders.Headers(response, ContentSecurityPolicy.OTHER, true);
    wrapped.apply();
    wrapped.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-abc';");
    assertEquals(List.of("script-src 'self' 'nonce-abc';"), headers.get("Content-Security-Policy"));
    wrapped.addHeader("Vary", "Accept");
    wrapped.addHeader("Vary", "Origin");
    assertEquals(List.of("Accept", "Origin"), headers.get("Vary"), "other headers still add up");

    wrapped.reset();
    assertEquals(List.of("nosniff"), headers.get("X-Content-Type-Options"));
    assertEquals(List.of(SecurityHeaders.HSTS), headers.get("Strict-Transport-Security"));
    assertEquals(List.of("frame-ancestors 'none'"), headers.get("Content-Security-Policy"));
  }
}
