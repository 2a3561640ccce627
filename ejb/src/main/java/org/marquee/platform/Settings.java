package org.marquee.platform;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A setting of the installation, read when it is needed: the system property of that name (given
 * with {@code -D} or a properties file), else the environment variable of the same name in capitals
 * with underscores ({@code marquee.gateway.url} is {@code MARQUEE_GATEWAY_URL}), else the default.
 * So every setting of Marquee can come from the environment, as containers and service managers
 * give it.
 */
public final class Settings {

  private Settings() {}

  /** {@code marquee.gateway.url} → {@code MARQUEE_GATEWAY_URL}. */
  static String environmentName(String name) {
    return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  public static Optional<String> get(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(environmentName(name));
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  public static long getLong(String name, long otherwise) {
    return get(name).map(Long::parseLong).orElse(otherwise);
  }

  public static int getInt(String name, int otherwise) {
    return get(name).map(Integer::parseInt).orElse(otherwise);
  }

  /** An ISO-8601 duration ({@code PT15S}, {@code P7D}), or {@code otherwise} when it is not set. */
  public static Duration getDuration(String name, Duration otherwise) {
    return get(name).map(Duration::parse).orElse(otherwise);
  }

  public static boolean isTrue(String name) {
    return get(name).map(Boolean::parseBoolean).orElse(false);
  }
}
