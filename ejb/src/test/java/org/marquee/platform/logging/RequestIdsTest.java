package org.marquee.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @AfterEach
  void clear() {
    RequestIds.clear();
  }

  @Test
  void aSensibleIdIsKeptAnythingElseIsReplaced() {
    assertEquals("lb-7f3a:2.x_y", RequestIds.accept("lb-7f3a:2.x_y"));
    for (String odd : new String[] {null, "", "a b", "x\r\nForged: yes", "é", "a".repeat(65)}) {
      String id = RequestIds.accept(odd);
      assertNotEquals(odd, id);
      assertTrue(id.matches("[0-9a-f]{16}"), id);
    }
    assertNotEquals(RequestIds.accept(null), RequestIds.accept(null));
  }

  @Test
  void workHandedToAnotherThreadCarriesTheIdAndLeavesThatThreadAsItWas() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      RequestIds.set("req-1");
      var seen = CompletableFuture.supplyAsync(RequestIds.carried(RequestIds::current), pool);
      assertEquals("req-1", seen.get());
      assertNull(CompletableFuture.supplyAsync(RequestIds::current, pool).get(), "not left behind");
      RequestIds.clear();
      assertNull(
          CompletableFuture.supplyAsync(RequestIds.carried(RequestIds::current), pool).get());
    } finally {
      pool.shutdown();
    }
  }
}
