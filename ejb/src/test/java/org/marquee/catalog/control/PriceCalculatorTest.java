package org.marquee.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.marquee.catalog.entity.SeatCategory;

class PriceCalculatorTest {

  @Test
  void standardAndWheelchairSeatsCostTheBasePrice() {
    assertEquals(990, PriceCalculator.priceOf(SeatCategory.STANDARD, 990));
    assertEquals(990, PriceCalculator.priceOf(SeatCategory.WHEELCHAIR, 990));
    assertEquals(0, PriceCalculator.priceOf(SeatCategory.STANDARD, 0));
  }

  @Test
  void premiumSeatsCostAQuarterMoreRoundedUpToTen() {
    assertEquals(1250, PriceCalculator.priceOf(SeatCategory.PREMIUM, 1000));
    assertEquals(
        1240, PriceCalculator.priceOf(SeatCategory.PREMIUM, 990)); // 1237.5, up to 1238 -> 1240
    assertEquals(10, PriceCalculator.priceOf(SeatCategory.PREMIUM, 1)); // 1.25 -> 2 -> 10
  }

  @Test
  void negativePricesAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> PriceCalculator.priceOf(SeatCategory.STANDARD, -1));
  }
}
