package org.marquee.catalog.boundary;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import org.marquee.catalog.entity.SeatCategory;

/**
 * One row of an auditorium's layout: its label, how many seats, their category, which of them (by
 * number) are house seats, kept for the box office, and the seats whose category differs from the
 * row's (a wheelchair space at the end of a standard row, say).
 */
public record RowSpec(
    String row,
    int seats,
    SeatCategory category,
    Set<Integer> houseSeats,
    Map<Integer, SeatCategory> seatCategories)
    implements Serializable {

  public RowSpec(String row, int seats, SeatCategory category) {
    this(row, seats, category, Set.of(), Map.of());
  }

  public RowSpec(String row, int seats, SeatCategory category, Set<Integer> houseSeats) {
    this(row, seats, category, houseSeats, Map.of());
  }

  public RowSpec {
    houseSeats = houseSeats == null ? Set.of() : Set.copyOf(houseSeats);
    seatCategories = seatCategories == null ? Map.of() : Map.copyOf(seatCategories);
  }

  /** The category of seat {@code number} of this row. */
  public SeatCategory categoryOf(int number) {
    SeatCategory own = seatCategories.get(number);
    return own != null ? own : category == null ? SeatCategory.STANDARD : category;
  }

  /** Whether seat {@code number} of this row is a house seat. */
  public boolean isHouse(int number) {
    return houseSeats.contains(number);
  }
}
