package org.marquee.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {

  enum Colour {
    RED,
    BLUE
  }

  @Test
  void limitDefaultsTo50AndAccepts1To200() {
    assertEquals(50, Params.limit(null));
    assertEquals(1, Params.limit("1"));
    assertEquals(200, Params.limit("200"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "201", "-1", "abc", "", "1.5", "99999999999", "2147483648"})
  void otherLimitsAreRefused(String limit) {
    assertThrows(InvalidParameterException.class, () -> Params.limit(limit));
  }

  @Test
  void offsetDefaultsToZeroAndMustNotBeNegative() {
    assertEquals(0, Params.offset(null));
    assertEquals(120, Params.offset("120"));
    assertThrows(InvalidParameterException.class, () -> Params.offset("-1"));
    assertThrows(InvalidParameterException.class, () -> Params.offset("x"));
  }

  @Test
  void pathIdsArePositiveLongsOrNothing() {
    assertEquals(42L, Params.parseId("42"));
    assertEquals(Long.MAX_VALUE, Params.parseId(String.valueOf(Long.MAX_VALUE)));
    for (String bad :
        new String[] {null, "", "0", "-3", "abc", "4.2", "9223372036854775808", "1e3"}) {
      assertNull(Params.parseId(bad), bad);
    }
  }

  @Test
  void queryIdsAreOptionalButMustBeValidWhenGiven() {
    assertNull(Params.optionalId("movieId", null));
    assertEquals(5L, Params.optionalId("movieId", "5"));
    assertThrows(InvalidParameterException.class, () -> Params.optionalId("movieId", "-5"));
  }

  @Test
  void datesAreStrictIsoDates() {
    assertEquals(LocalDate.of(2026, 12, 1), Params.optionalDate("date", "2026-12-01"));
    assertNull(Params.optionalDate("date", null));
    for (String bad :
        new String[] {"2026-13-01", "2026-02-30", "2026-1-1", "today", "+2026-12-01"}) {
      assertThrows(InvalidParameterException.class, () -> Params.optionalDate("date", bad), bad);
    }
  }

  @Test
  void textIsTrimmedBlankIsAbsentAndOverlongIsRefused() {
    assertEquals("Berlin", Params.optionalText("city", "  Berlin "));
    assertNull(Params.optionalText("city", "   "));
    assertEquals("x".repeat(200), Params.optionalText("q", "x".repeat(200)));
    assertThrows(InvalidParameterException.class, () -> Params.optionalText("q", "x".repeat(201)));
  }

  @Test
  void enumsIgnoreCaseAndNameTheAllowedValues() {
    assertEquals(Colour.RED, Params.optionalEnum("c", null, Colour.class, Colour.RED));
    assertEquals(Colour.BLUE, Params.optionalEnum("c", "blue", Colour.class, Colour.RED));
    InvalidParameterException e =
        assertThrows(
            InvalidParameterException.class,
            () -> Params.optionalEnum("c", "green", Colour.class, Colour.RED));
    assertEquals("c must be one of red, blue.", e.getMessage());
  }
}
