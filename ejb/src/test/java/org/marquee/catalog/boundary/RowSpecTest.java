package org.marquee.catalog.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marquee.catalog.entity.SeatCategory;

class RowSpecTest {

  @Test
  void aSeatHasItsOwnCategoryOrElseItsRows() {
    RowSpec row =
        new RowSpec("A", 6, SeatCategory.PREMIUM, Set.of(2), Map.of(1, SeatCategory.WHEELCHAIR));
    assertEquals(SeatCategory.WHEELCHAIR, row.categoryOf(1));
    assertEquals(SeatCategory.PREMIUM, row.categoryOf(2));
    assertTrue(row.isHouse(2));
    assertFalse(row.isHouse(1));
  }

  @Test
  void aRowWithoutACategoryIsStandard() {
    RowSpec row = new RowSpec("B", 4, null, null, null);
    assertEquals(SeatCategory.STANDARD, row.categoryOf(3));
    assertTrue(row.houseSeats().isEmpty());
    assertTrue(row.seatCategories().isEmpty());
  }
}
