package org.marquee.catalog.control;

import org.marquee.catalog.entity.SeatCategory;

/**
 * The price of a seat at a showtime: the showtime's base price for standard and wheelchair seats, a
 * quarter more for premium seats, rounded up to a whole ten of minor units.
 */
public final class PriceCalculator {

  private PriceCalculator() {}

  public static int priceOf(SeatCategory category, int basePriceCents) {
    if (basePriceCents < 0) {
      throw new IllegalArgumentException("negative price");
    }
    return switch (category) {
      case STANDARD, WHEELCHAIR -> basePriceCents;
      case PREMIUM -> roundUpToTen(Math.addExact(basePriceCents, (basePriceCents + 3) / 4));
    };
  }

  private static int roundUpToTen(int cents) {
    return Math.addExact(cents, (10 - cents % 10) % 10);
  }
}
