package org.marquee.web.site;

import java.math.BigDecimal;
import java.util.Currency;

/** Minor units as people read them on a page: 1250 EUR is "12.50 EUR". */
public final class Money {

  private Money() {}

  public static String format(long cents, String currency) {
    int digits;
    try {
      digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException | NullPointerException e) {
      digits = 2;
    }
    return BigDecimal.valueOf(cents, digits).toPlainString() + " " + currency;
  }
}
