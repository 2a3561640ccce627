package org.marquee.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Strict parsing of request parameters. JAX-RS would answer a query parameter it cannot convert
 * with a bare 404; parsing here turns every malformed value into a 400 problem that names it.
 */
public final class Params {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;
  public static final int MAX_TEXT = 200;

  private Params() {}

  public static int limit(String value) {
    if (value == null) {
      return DEFAULT_LIMIT;
    }
    int limit = integer("limit", value);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidParameterException("limit must be between 1 and " + MAX_LIMIT + ".");
    }
    return limit;
  }

  public static int offset(String value) {
    if (value == null) {
      return 0;
    }
    int offset = integer("offset", value);
    if (offset < 0) {
      throw new InvalidParameterException("offset must not be negative.");
    }
    return offset;
  }

  /** An optional positive id in a query; null when absent. */
  public static Long optionalId(String name, String value) {
    if (value == null) {
      return null;
    }
    Long id = parseId(value);
    if (id == null) {
      throw new InvalidParameterException(name + " must be a positive whole number.");
    }
    return id;
  }

  /**
   * An id in a path, or the refusal {@code unknown} makes of the value as typed: a value that is no
   * valid id names nothing, so it is answered like an id that does not exist (404).
   */
  public static long pathId(String value, Function<String, ? extends RuntimeException> unknown) {
    Long id = parseId(value);
    if (id == null) {
      throw unknown.apply(value);
    }
    return id;
  }

  /** An id in a path: a value that is no valid id names nothing, so the caller answers 404. */
  public static Long parseId(String value) {
    if (value == null || value.isEmpty() || value.length() > 19 || !value.matches("[0-9]+")) {
      return null;
    }
    try {
      long id = Long.parseLong(value);
      return id > 0 ? id : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static LocalDate optionalDate(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException("format", value, 0);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(name + " must be a date written YYYY-MM-DD.");
    }
  }

  /** Optional free text: trimmed, null when absent or blank, refused when overlong. */
  public static String optionalText(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw new InvalidParameterException(name + " must be at most " + MAX_TEXT + " characters.");
    }
    return value.trim();
  }

  public static <E extends Enum<E>> E optionalEnum(
      String name, String value, Class<E> type, E fallback) {
    if (value == null) {
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw new InvalidParameterException(name + " must be one of " + allowed(type) + ".");
  }

  private static String allowed(Class<? extends Enum<?>> type) {
    StringBuilder names = new StringBuilder();
    for (Enum<?> constant : type.getEnumConstants()) {
      names.append(names.isEmpty() ? "" : ", ").append(constant.name().toLowerCase());
    }
    return names.toString();
  }

  private static int integer(String name, String value) {
    if (!value.matches("-?[0-9]{1,10}")) {
      throw new InvalidParameterException(name + " must be a whole number.");
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name + " is out of range.");
    }
  }
}
