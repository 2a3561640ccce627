package org.marquee.web.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {

  private static final long LENGTH = 1000;

  @ParameterizedTest(name = "{0} of 1000 bytes is {1}-{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bytes=0-499           | 0   | 499",
        "bytes=500-999         | 500 | 999",
        "bytes=0-0             | 0   | 0",
        "bytes=999-999         | 999 | 999",
        "bytes=500-            | 500 | 999",
        "bytes=0-              | 0   | 999",
        "bytes=-200            | 800 | 999",
        "bytes=-1              | 999 | 999",
        "bytes=-1000           | 0   | 999",
        "bytes=-5000           | 0   | 999",
        "bytes=900-5000        | 900 | 999",
        "bytes=007-010         | 7   | 10",
        "BYTES=1-2             | 1   | 2",
        "Bytes=1-2             | 1   | 2",
        "bytes=0-99999999999999999999999 | 0 | 999",
        "bytes=-99999999999999999999999  | 0 | 999",
        "bytes=0-9223372036854775807     | 0 | 999",
      })
  void aSingleRangeInsideTheFileIsSatisfiableAndClampedToItsEnd(
      String header, long first, long last) {
    assertEquals(satisfiable(first, last), ByteRange.parse(header, LENGTH));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " bytes=10-20 ",
        "\tbytes=10-20",
        "bytes=10-20,",
        "bytes=,10-20",
        "bytes= 10-20",
        "bytes=10-20 , ",
        "bytes=, ,10-20,,"
      })
  void whitespaceAndEmptyListElementsAroundOneRangeAreAllowed(String header) {
    assertEquals(satisfiable(10, 20), ByteRange.parse(header, LENGTH));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bytes=1000-",
        "bytes=1000-1000",
        "bytes=1000-2000",
        "bytes=5000-",
        "bytes=99999999999999999999999-",
        "bytes=9223372036854775807-9223372036854775807",
        "bytes=-0",
        "bytes=-000"
      })
  void aRangePastTheEndOrAnEmptySuffixIsUnsatisfiable(String header) {
    assertEquals(new ByteRange.Unsatisfiable(), ByteRange.parse(header, LENGTH));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "bytes",
        "bytes=",
        "bytes=,",
        "bytes=-",
        "bytes=abc",
        "bytes=a-b",
        "bytes=5",
        "bytes=5-3",
        "bytes=1-2-3",
        "bytes=--1",
        "bytes=-1-2",
        "bytes=+1-2",
        "bytes=-+1",
        "bytes=1 -2",
        "bytes=1- 2",
        "bytes=0x10-20",
        "bytes=1.5-2",
        "bytes=١-٢",
        "bytes =0-1",
        "bytes= =0-1",
        "items=0-1",
        "=0-1",
        "0-1",
        "bytes:0-1",
      })
  void aSyntacticallyInvalidHeaderOrAnotherUnitIsIgnored(String header) {
    assertEquals(new ByteRange.None(), ByteRange.parse(header, LENGTH));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bytes=0-1,5-6",
        "bytes=0-1, 5-6",
        "bytes=0-499,500-999",
        "bytes=-1,0-0",
        "bytes=0-1,2000-3000",
        "bytes=0-1, bytes=2-3"
      })
  void severalRangesAreIgnoredAndTheWholeFileServed(String header) {
    assertEquals(new ByteRange.None(), ByteRange.parse(header, LENGTH));
  }

  @Test
  void noHeaderMeansNoRange() {
    assertEquals(new ByteRange.None(), ByteRange.parse(null, LENGTH));
  }

  @Test
  void anEmptyFileIsAlwaysServedWhole() {
    assertEquals(new ByteRange.None(), ByteRange.parse("bytes=0-", 0));
    assertEquals(new ByteRange.None(), ByteRange.parse("bytes=-5", 0));
  }

  @Test
  void aOneByteFileHasExactlyOneSatisfiableByte() {
    assertEquals(satisfiable(0, 0), ByteRange.parse("bytes=0-", 1));
    assertEquals(satisfiable(0, 0), ByteRange.parse("bytes=-10", 1));
    assertEquals(new ByteRange.Unsatisfiable(), ByteRange.parse("bytes=1-", 1));
  }

  @Test
  void aNegativeLengthIsAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> ByteRange.parse("bytes=0-1", -1));
  }

  @Test
  void contentRangeAndLengthDescribeTheRange() {
    ByteRange range = new ByteRange(100, 199);

    assertEquals(100, range.length());
    assertEquals("bytes 100-199/1000", range.contentRange(1000));
    assertEquals("bytes */1000", ByteRange.unsatisfiedContentRange(1000));
  }

  @Test
  void aRangeCannotStartBeforeZeroOrEndBeforeItStarts() {
    assertThrows(IllegalArgumentException.class, () -> new ByteRange(-1, 5));
    assertThrows(IllegalArgumentException.class, () -> new ByteRange(5, 4));
  }

  private static ByteRange.Result satisfiable(long first, long last) {
    return new ByteRange.Satisfiable(new ByteRange(first, last));
  }
}
