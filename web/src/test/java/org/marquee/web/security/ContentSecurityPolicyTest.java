package org.marquee.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  @Test
  void thePagesPolicyEndsWithTheScriptsForPrimeFacesToAddTheNonce() {
    String policy = ContentSecurityPolicy.pages(null);
    assertTrue(policy.endsWith("; script-src 'self'"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"));
    assertTrue(policy.contains("object-src 'none'"));
    assertTrue(policy.contains("form-action 'self'"));
    assertTrue(policy.contains("img-src 'self' data:;"));
    assertTrue(policy.contains("media-src 'self';"));
    assertFalse(policy.substring(policy.indexOf("script-src")).contains("unsafe"));
  }

  @Test
  void theMediaOriginMayShowImagesAndVideosOnly() {
    String policy = ContentSecurityPolicy.pages("https://media.example.com");
    assertTrue(policy.contains("img-src 'self' data: https://media.example.com;"), policy);
    assertTrue(policy.contains("media-src 'self' https://media.example.com;"), policy);
    assertTrue(policy.endsWith("; script-src 'self'"));
    assertEquals(
        "https://cdn.example.com:8443",
        ContentSecurityPolicy.origin(" https://cdn.example.com:8443/ "));
  }

  @Test
  void aMediaOriginThatWouldChangeThePolicyIsRefused() {
    for (String wrong :
        new String[] {
          "https://media.example.com; script-src *",
          "*",
          "https://*.example.com",
          "media.example.com",
          "javascript:alert(1)",
          "ftp://media.example.com",
          "https://media.example.com/posters",
          "https://user@media.example.com",
          "https://media.example.com?x=1",
          "https://media.example.com 'unsafe-inline'"
        }) {
      assertThrows(
          IllegalArgumentException.class, () -> ContentSecurityPolicy.origin(wrong), wrong);
    }
  }
}
