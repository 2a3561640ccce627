package org.marquee.web.site;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Minor units as people read them on a page, in its language: 1250 EUR is "12.50 EUR" in English,
 * "12,50 EUR" in German. The currency's code follows the amount in every language, as on a receipt;
 * amounts are never grouped by thousands (a ticket price has no thousands).
 */
public final class Money {

  private Money() {}

  /** In English (a page uses {@link Messages#money}, in its own language). */
  public static String format(long cents, String currency) {
    return format(cents, currency, Locale.ENGLISH);
  }

  public static String format(long cents, String currency, Locale locale) {
    int digits;
    try {
      digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException | NullPointerException e) {
      digits = 2;
    }
    String amount = BigDecimal.valueOf(cents, digits).toPlainString();
    char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    return amount.replace('.', separator) + " " + currency;
  }
}
