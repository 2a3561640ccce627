package org.marquee.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void minorUnitsAreShownInTheCurrencysOwnDecimals() {
    assertEquals("12.50 EUR", Money.format(1250, "EUR"));
    assertEquals("0.05 EUR", Money.format(5, "EUR"));
    assertEquals("1250 JPY", Money.format(1250, "JPY"));
    assertEquals("1.250 BHD", Money.format(1250, "BHD"));
    assertEquals("12.50 XYZ", Money.format(1250, "XYZ"), "an unknown currency gets two decimals");
  }

  @Test
  void aPageInGermanWritesTheDecimalComma() {
    assertEquals("12,50 EUR", Money.format(1250, "EUR", Locale.GERMAN));
    assertEquals("1,250 BHD", Money.format(1250, "BHD", Locale.GERMAN));
    assertEquals("1250 JPY", Money.format(1250, "JPY", Locale.GERMAN));
    assertEquals("1250.00 EUR", Money.format(125000, "EUR", Locale.ENGLISH), "no grouping");
  }
}
