package org.marquee.web.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreconditionsTest {

  private static final String ETAG = "\"5d41402abc4b2a76\"";
  private static final Instant MODIFIED = Instant.parse("2025-03-14T15:09:26.535Z");
  private static final String MODIFIED_HTTP = "Fri, 14 Mar 2025 15:09:26 GMT";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"5d41402abc4b2a76\"",
        "W/\"5d41402abc4b2a76\"",
        "*",
        " * ",
        "\"other\", \"5d41402abc4b2a76\"",
        "\"other\",W/\"5d41402abc4b2a76\"",
        "\"a,b\", \"5d41402abc4b2a76\"",
        ", \"5d41402abc4b2a76\" ,"
      })
  void ifNoneMatchNamingTheFileByWeakComparisonIsNotModified(String ifNoneMatch) {
    assertTrue(Preconditions.notModified(ifNoneMatch, null, ETAG, MODIFIED));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"other\"",
        "\"5d41402abc4b2a7\"",
        "5d41402abc4b2a76",
        "\"5d41402abc4b2a76",
        "w/\"5d41402abc4b2a76\"",
        "\"a,b\"",
        "\"other\" \"5d41402abc4b2a76\"",
        "\"other\", junk, \"5d41402abc4b2a76\"",
        "",
        "*, \"other\""
      })
  void ifNoneMatchNotNamingTheFileOrMalformedIsModified(String ifNoneMatch) {
    assertFalse(Preconditions.notModified(ifNoneMatch, null, ETAG, MODIFIED));
  }

  @Test
  void aWeakEtagOfTheFileIsMatchedByItsStrongForm() {
    assertTrue(Preconditions.ifNoneMatchMatches("\"x\"", "W/\"x\""));
  }

  @Test
  void ifNoneMatchDecidesAloneEvenWhenIfModifiedSinceWouldSayNotModified() {
    assertFalse(
        Preconditions.notModified("\"other\"", "Fri, 01 Jan 2100 00:00:00 GMT", ETAG, MODIFIED));
  }

  @Test
  void ifModifiedSinceTheFilesOwnSecondOrLaterIsNotModified() {
    assertTrue(Preconditions.notModified(null, MODIFIED_HTTP, ETAG, MODIFIED));
    assertTrue(Preconditions.notModified(null, "Sat, 15 Mar 2025 00:00:00 GMT", ETAG, MODIFIED));
  }

  @Test
  void ifModifiedSinceAnEarlierSecondIsModified() {
    assertFalse(Preconditions.notModified(null, "Fri, 14 Mar 2025 15:09:25 GMT", ETAG, MODIFIED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2025-03-14T15:09:26Z", "Fri, 14 Mar 2025 15:09:26"})
  void anInvalidIfModifiedSinceIsIgnored(String ifModifiedSince) {
    assertFalse(Preconditions.notModified(null, ifModifiedSince, ETAG, MODIFIED));
  }

  @Test
  void withoutConditionsTheFileIsSent() {
    assertFalse(Preconditions.notModified(null, null, ETAG, MODIFIED));
  }

  @Test
  void withoutIfRangeTheRangeIsHonoured() {
    assertTrue(Preconditions.rangeAllowed(null, ETAG, MODIFIED));
  }

  @Test
  void ifRangeWithTheSameStrongEtagHonoursTheRange() {
    assertTrue(Preconditions.rangeAllowed(ETAG, ETAG, MODIFIED));
    assertTrue(Preconditions.rangeAllowed(" " + ETAG + " ", ETAG, MODIFIED));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "W/\"5d41402abc4b2a76\"",
        "\"other\"",
        "\"5d41402abc4b2a76\", \"other\"",
        "\"5d41402abc4b2a76",
        "*",
        "",
        "Thu, 13 Mar 2025 15:09:26 GMT",
        "Fri, 14 Mar 2025 15:09:27 GMT",
        "not a date"
      })
  void ifRangeThatDoesNotMatchStronglyMeansTheWholeFile(String ifRange) {
    assertFalse(Preconditions.rangeAllowed(ifRange, ETAG, MODIFIED));
  }

  @Test
  void aWeakEtagOfTheFileNeverSatisfiesIfRange() {
    assertFalse(Preconditions.rangeAllowed("W/\"x\"", "W/\"x\"", MODIFIED));
  }

  @Test
  void ifRangeWithTheFilesModificationDateHonoursTheRange() {
    assertTrue(Preconditions.rangeAllowed(MODIFIED_HTTP, ETAG, MODIFIED));
  }

  @Test
  void allThreeHttpDateFormsAreRead() {
    Optional<Instant> expected = Optional.of(Instant.parse("1994-11-06T08:49:37Z"));

    assertEquals(expected, Preconditions.parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"));
    assertEquals(expected, Preconditions.parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"));
    assertEquals(expected, Preconditions.parseHttpDate("Sun Nov  6 08:49:37 1994"));
    assertEquals(Optional.empty(), Preconditions.parseHttpDate("06/11/1994"));
  }

  @Test
  void entityTagListsAreSplitOutsideQuotesOnly() {
    assertEquals(
        List.of("\"a,b\"", "W/\"c\"", "\"\""), Preconditions.entityTags("\"a,b\", W/\"c\",\"\""));
    assertEquals(List.of(), Preconditions.entityTags("\"a\" junk"));
  }
}
