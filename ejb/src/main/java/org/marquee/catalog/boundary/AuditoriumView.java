package org.marquee.catalog.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * An auditorium as its administrators see it: its theater, its seat count and, when asked for one
 * auditorium, its layout row by row (empty in listings).
 */
public record AuditoriumView(
    long id, long theaterId, String theaterName, String name, int seatsTotal, List<RowSpec> rows)
    implements Serializable {

  public AuditoriumView {
    rows = List.copyOf(rows);
  }
}
