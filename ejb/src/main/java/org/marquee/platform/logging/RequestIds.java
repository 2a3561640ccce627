package org.marquee.platform.logging;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The id of the request a thread works for, in the logging context ({@code MDC} key {@value #KEY}),
 * so every line logged for a request carries it: the web layer sets it per request (taken from the
 * caller's {@code X-Request-Id} when it is a sensible one, else made up), and work handed to
 * another thread takes it along ({@link #carried}).
 */
public final class RequestIds {

  public static final String KEY = "requestId";
  public static final String HEADER = "X-Request-Id";

  private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private RequestIds() {}

  /** The caller's id when it is 1 to 64 letters, digits or {@code . _ : -}; else a new one. */
  public static String accept(String offered) {
    if (offered != null && SENSIBLE.matcher(offered).matches()) {
      return offered;
    }
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The id of the request this thread works for, or null. */
  public static String current() {
    Object id = MDC.get(KEY);
    return id == null ? null : id.toString();
  }

  public static void set(String id) {
    MDC.put(KEY, id);
  }

  public static void clear() {
    MDC.remove(KEY);
  }

  /** {@code work}, to run on another thread under the request id of this one. */
  public static Runnable carried(Runnable work) {
    Supplier<Void> carried =
        carried(
            () -> {
              work.run();
              return null;
            });
    return carried::get;
  }

  /** {@code work}, to run on another thread under the request id of this one. */
  public static <T> Supplier<T> carried(Supplier<T> work) {
    String id = current();
    if (id == null) {
      return work;
    }
    return () -> {
      String before = current();
      set(id);
      try {
        return work.get();
      } finally {
        if (before == null) {
          clear();
        } else {
          set(before);
        }
      }
    };
  }
}
