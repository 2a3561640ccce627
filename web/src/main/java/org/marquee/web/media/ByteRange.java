package org.marquee.web.media;

/**
 * One range of bytes of a representation, and the parser of the HTTP {@code Range} request header
 * (RFC 9110, section 14.1.2) that produces it. Browsers need ranges to seek in a trailer and to
 * resume a download; this class keeps that logic pure, so that every odd header can be tested
 * without a server.
 *
 * <p>Only the {@code bytes} unit and a single range are honoured. A request for several ranges is
 * ignored and answered with the whole representation, which RFC 9110 allows ("a server MAY ignore
 * the Range header field") and which spares the server multipart/byteranges responses that no media
 * player asks for.
 *
 * @param first the position of the first byte, zero-based
 * @param last the position of the last byte, inclusive
 */
public record ByteRange(long first, long last) {

  /** What a {@code Range} header asks of a representation of a given length. */
  public sealed interface Result permits None, Satisfiable, Unsatisfiable {}

  /**
   * No range to honour: the header is absent, invalid, of another unit or asks for several ranges,
   * or the representation is empty. Answer 200 with the whole representation.
   */
  public record None() implements Result {}

  /** One range inside the representation: answer 206 with {@link #contentRange(long)}. */
  public record Satisfiable(ByteRange range) implements Result {}

  /**
   * A valid range that lies wholly past the end, or a zero-length suffix: answer 416 with {@link
   * #unsatisfiedContentRange(long)}.
   */
  public record Unsatisfiable() implements Result {}

  private static final Result NONE = new None();
  private static final Result UNSATISFIABLE = new Unsatisfiable();

  public ByteRange {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("Not a byte range: " + first + "-" + last);
    }
  }

  /** The number of bytes in the range. */
  public long length() {
    return last - first + 1;
  }

  /** The {@code Content-Range} value of a 206 response, e.g. {@code bytes 0-499/1234}. */
  public String contentRange(long completeLength) {
    return "bytes " + first + "-" + last + "/" + completeLength;
  }

  /** The {@code Content-Range} value of a 416 response, e.g. <code>bytes &#42;/1234</code>. */
  public static String unsatisfiedContentRange(long completeLength) {
    return "bytes */" + completeLength;
  }

  /**
   * Reads a {@code Range} header against a representation of the given length.
   *
   * @param header the header value, or {@code null} if the request has none
   * @param length the length of the whole representation in bytes
   */
  public static Result parse(String header, long length) {
    if (length < 0) {
      throw new IllegalArgumentException("A length is never negative: " + length);
    }
    if (header == null || length == 0) {
      return NONE;
    }
    String value = trimOws(header);
    int equals = value.indexOf('=');
    if (equals < 0 || !value.substring(0, equals).equalsIgnoreCase("bytes")) {
      return NONE;
    }
    String spec = null;
    for (String element : value.substring(equals + 1).split(",", -1)) {
      String trimmed = trimOws(element);
      if (trimmed.isEmpty()) {
        continue; // RFC 9110, section 5.6.1.2: empty list elements are allowed and ignored
      }
      if (spec != null) {
        return NONE; // several ranges: served whole, see the class comment
      }
      spec = trimmed;
    }
    return spec == null ? NONE : parseSpec(spec, length);
  }

  private static Result parseSpec(String spec, long length) {
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return NONE;
    }
    String before = spec.substring(0, dash);
    String after = spec.substring(dash + 1);
    if (before.isEmpty()) {
      // suffix-range: the last n bytes
      if (!isDigits(after)) {
        return NONE;
      }
      long suffixLength = parseSaturated(after);
      if (suffixLength == 0) {
        return UNSATISFIABLE;
      }
      return new Satisfiable(new ByteRange(Math.max(0, length - suffixLength), length - 1));
    }
    // int-range: first-pos "-" [ last-pos ]
    if (!isDigits(before) || !(after.isEmpty() || isDigits(after))) {
      return NONE;
    }
    long first = parseSaturated(before);
    long last = after.isEmpty() ? Long.MAX_VALUE : parseSaturated(after);
    if (last < first) {
      return NONE; // invalid range-spec, so the whole header is ignored
    }
    if (first >= length) {
      return UNSATISFIABLE;
    }
    return new Satisfiable(new ByteRange(first, Math.min(last, length - 1)));
  }

  private static boolean isDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** A position too large for a {@code long} is past the end of any file, so it saturates. */
  private static long parseSaturated(String digits) {
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(i) - '0';
      if (value > (Long.MAX_VALUE - digit) / 10) {
        return Long.MAX_VALUE;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /** Strips optional whitespace (spaces and horizontal tabs) from both ends. */
  static String trimOws(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
      end--;
    }
    return s.substring(start, end);
  }
}
