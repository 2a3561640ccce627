package org.marquee.catalog.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.marquee.catalog.boundary.ShowtimeView;

/** The parts of a showtime that change only when the programme changes; cached in snapshots. */
public record ShowtimeRow(
    long id,
    long movieId,
    String movieTitle,
    long theaterId,
    String theaterName,
    String city,
    String zone,
    String auditorium,
    Instant startsAt,
    Instant endsAt,
    int priceCents,
    String currency,
    long seatsTotal)
    implements Serializable {

  public LocalDate localDate() {
    return startsAt.atZone(ZoneId.of(zone)).toLocalDate();
  }

  public ShowtimeView withAvailable(int seatsAvailable) {
    ZoneId theaterZone = ZoneId.of(zone);
    return new ShowtimeView(
        id,
        movieId,
        movieTitle,
        theaterId,
        theaterName,
        city,
        auditorium,
        startsAt.atZone(theaterZone).toOffsetDateTime(),
        endsAt.atZone(theaterZone).toOffsetDateTime(),
        priceCents,
        currency,
        (int) seatsTotal,
        seatsAvailable);
  }
}
