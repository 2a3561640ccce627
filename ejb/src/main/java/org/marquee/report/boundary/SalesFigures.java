package org.marquee.report.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the sales dashboard shows: per day, per movie, and how full the next showtimes are. */
public record SalesFigures(List<Day> days, List<MovieSales> movies, List<Occupancy> showtimes)
    implements Serializable {

  /** Tickets sold and revenue on one day (the server's time zone), in minor units. */
  public record Day(LocalDate date, long tickets, long revenueCents) implements Serializable {}

  /** Live tickets and revenue of one movie, over the same days as {@link Day}. */
  public record MovieSales(String title, long tickets, long revenueCents) implements Serializable {}

  /** How full one upcoming showtime is. */
  public record Occupancy(
      long showtimeId, String title, OffsetDateTime startsAt, long sold, long seats)
      implements Serializable {
    public int percent() {
      return seats == 0 ? 0 : (int) Math.round(100.0 * sold / seats);
    }
  }
}
