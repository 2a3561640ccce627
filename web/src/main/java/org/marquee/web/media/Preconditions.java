package org.marquee.web.media;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The conditional request headers a media download meets ({@code If-None-Match}, {@code
 * If-Modified-Since}, {@code If-Range}), evaluated as RFC 9110, section 13, says, as pure functions
 * of the header values and the file's validators. Kept apart from the servlet so that each rule,
 * such as "a weak tag never satisfies {@code If-Range}", has a test.
 *
 * <p>Dates are compared at whole seconds, the precision of an HTTP date; the {@code Last-Modified}
 * date is treated as a strong validator, which holds for files that are replaced whole and never
 * within the second they are served.
 */
public final class Preconditions {

  private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  /** The obsolete RFC 850 form, whose two-digit year is read as at most 50 years ahead. */
  private static final DateTimeFormatter RFC_850 =
      new DateTimeFormatterBuilder()
          .appendPattern("EEEE, dd-MMM-")
          .appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.now(ZoneOffset.UTC).minusYears(49))
          .appendPattern(" HH:mm:ss 'GMT'")
          .toFormatter(Locale.US)
          .withZone(ZoneOffset.UTC);

  /** The obsolete asctime form, e.g. {@code Sun Nov 6 08:49:37 1994}. */
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

  private Preconditions() {}

  /**
   * Whether a GET or HEAD is answered 304 Not Modified (RFC 9110, section 13.2.2, steps 3 and 4):
   * if {@code If-None-Match} is present it alone decides, by weak comparison, and {@code
   * If-Modified-Since} is not looked at; otherwise the file must not be newer than that date.
   *
   * @param ifNoneMatch the header value, all its field lines joined with commas, or {@code null}
   * @param ifModifiedSince the header value, or {@code null} if absent or sent more than once
   * @param etag the file's entity tag, quoted
   * @param lastModified when the file was last modified
   */
  public static boolean notModified(
      String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
    if (ifNoneMatch != null) {
      return ifNoneMatchMatches(ifNoneMatch, etag);
    }
    if (ifModifiedSince != null) {
      return parseHttpDate(ifModifiedSince)
          .map(since -> !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since))
          .orElse(false);
    }
    return false;
  }

  /**
   * Whether {@code If-None-Match} names the file: {@code *} names any, otherwise one of the listed
   * tags must equal the file's tag when both are taken as weak. A malformed header names nothing.
   */
  public static boolean ifNoneMatchMatches(String ifNoneMatch, String etag) {
    if (ByteRange.trimOws(ifNoneMatch).equals("*")) {
      return true;
    }
    String opaque = opaqueTag(etag);
    return entityTags(ifNoneMatch).stream().anyMatch(tag -> opaqueTag(tag).equals(opaque));
  }

  /**
   * Whether a {@code Range} may be honoured given {@code If-Range} (RFC 9110, section 13.1.5): true
   * without the header; with an entity tag, only if it equals the file's by strong comparison (a
   * weak tag never does); with a date, only if it is exactly the file's modification time. When it
   * is false the whole file is sent.
   */
  public static boolean rangeAllowed(String ifRange, String etag, Instant lastModified) {
    if (ifRange == null) {
      return true;
    }
    String value = ByteRange.trimOws(ifRange);
    if (value.startsWith("\"") || value.startsWith("W/")) {
      List<String> tags = entityTags(value);
      return tags.size() == 1 && !isWeak(tags.get(0)) && !isWeak(etag) && tags.get(0).equals(etag);
    }
    return parseHttpDate(value)
        .map(date -> date.equals(lastModified.truncatedTo(ChronoUnit.SECONDS)))
        .orElse(false);
  }

  /**
   * An HTTP date in any of the three forms a recipient must accept (RFC 9110, section 5.6.7):
   * IMF-fixdate, RFC 850 and asctime.
   */
  public static Optional<Instant> parseHttpDate(String value) {
    String trimmed = ByteRange.trimOws(value);
    for (DateTimeFormatter format : List.of(IMF_FIXDATE, RFC_850, ASCTIME)) {
      try {
        return Optional.of(Instant.from(format.parse(trimmed)));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /**
   * The entity tags of a comma-separated list, each as sent ({@code W/"x"} or {@code "x"}); an
   * empty list if any element is malformed. A quoted tag may itself contain commas.
   */
  static List<String> entityTags(String list) {
    List<String> tags = new ArrayList<>();
    int i = 0;
    int n = list.length();
    while (true) {
      while (i < n && (list.charAt(i) == ' ' || list.charAt(i) == '\t' || list.charAt(i) == ',')) {
        i++;
      }
      if (i == n) {
        return tags;
      }
      int start = i;
      if (list.startsWith("W/", i)) {
        i += 2;
      }
      if (i == n || list.charAt(i) != '"') {
        return List.of();
      }
      int close = list.indexOf('"', i + 1);
      if (close < 0) {
        return List.of();
      }
      i = close + 1;
      tags.add(list.substring(start, i));
      while (i < n && (list.charAt(i) == ' ' || list.charAt(i) == '\t')) {
        i++;
      }
      if (i < n && list.charAt(i) != ',') {
        return List.of();
      }
    }
  }

  private static boolean isWeak(String tag) {
    return tag.startsWith("W/");
  }

  private static String opaqueTag(String tag) {
    return isWeak(tag) ? tag.substring(2) : tag;
  }
}
