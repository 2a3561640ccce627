package org.marquee.it;

import java.util.function.Supplier;

/** Waiting, in tests, for what the server's jobs do in their own time (up to 45 s). */
final class Eventually {

  private Eventually() {}

  /** {@code value} once it equals {@code expected}, or as it is when the time is up. */
  static <T> T await(Supplier<T> value, T expected) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 45_000;
    T seen = value.get();
    while (!seen.equals(expected) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      seen = value.get();
    }
    return seen;
  }
}
