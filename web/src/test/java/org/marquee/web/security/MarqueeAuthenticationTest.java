package org.marquee.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MarqueeAuthenticationTest {

  private static String basic(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void decodesEmailAndPasswordSplitAtTheFirstColon() {
    var credential = MarqueeAuthentication.decode(basic("alice@marquee.example:pa:ss wörd"));
    assertEquals("alice@marquee.example", credential.getCaller());
    assertEquals("pa:ss wörd", credential.getPasswordAsString());
  }

  @Test
  void malformedTokensAreNoCredential() {
    assertNull(MarqueeAuthentication.decode("!!!"));
    assertNull(MarqueeAuthentication.decode(basic("no-colon")));
    assertNull(MarqueeAuthentication.decode(basic(":password-without-user")));
    assertNull(MarqueeAuthentication.decode(basic("a:" + "x".repeat(2000))));
  }
}
