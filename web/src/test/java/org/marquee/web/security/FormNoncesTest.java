package org.marquee.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FormNoncesTest {

  @Test
  void aNonceIsAUuidInBase64AsPrimeFacesMakesThem() {
    String nonce =
        Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    assertTrue(FormNonces.wellFormed(nonce));
    for (String wrong :
        new String[] {
          null, "", "bm90IGEgbm9uY2U=", "not base64!", "'; script-src *", "x".repeat(200)
        }) {
      assertFalse(FormNonces.wellFormed(wrong), wrong);
    }
  }
}
