package org.marquee.catalog.boundary;

import java.util.Set;
import org.marquee.catalog.entity.SeatCategory;

/**
 * One row of an auditorium's layout: its label, how many seats, their category, and which of them
 * (by number) are house seats, kept for the box office.
 */
public record RowSpec(String row, int seats, SeatCategory category, Set<Integer> houseSeats) {

  public RowSpec(String row, int seats, SeatCategory category) {
    this(row, seats, category, Set.of());
  }

  public RowSpec {
    houseSeats = houseSeats == null ? Set.of() : Set.copyOf(houseSeats);
  }
}
