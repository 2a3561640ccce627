package org.marquee.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.marquee.booking.boundary.ShowtimeCancellationService;
import org.marquee.catalog.boundary.AuditoriumView;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.ProgrammeService;
import org.marquee.catalog.boundary.ScheduledShowtime;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.platform.BusinessException;
import org.marquee.web.site.Messages;

/**
 * The showtime schedule (/admin/schedule.xhtml?theater=&date=): one theater's day, each auditorium
 * as a timeline of its showtimes with the cleaning after each, a form that schedules a showtime (a
 * clash is refused with the showtime it clashes with) and a cancel that says how many tickets it
 * will refund before it does.
 */
@Named
@ViewScoped
public class ScheduleBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** An auditorium's day. */
  public record Lane(AuditoriumView auditorium, List<ScheduledShowtime> showtimes)
      implements Serializable {}

  @Inject ProgrammeService programme;
  @Inject CatalogService catalog;
  @Inject ShowtimeCancellationService cancellation;
  @Inject Clock clock;

  private String theaterParam;
  private String dateParam;

  private List<TheaterView> theaters = List.of();
  private TheaterView theater;
  private LocalDate date;
  private Timeline timeline;
  private List<Lane> lanes = List.of();
  private List<MovieView> movies = List.of();

  private Long movieId;
  private Long auditoriumId;
  private String time;
  private String price;
  private String currency;
  private Long cancelling;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    theaters = catalog.theaters(null, Integer.MAX_VALUE, 0);
    theater = pickTheater().orElse(null);
    if (theater == null) {
      return;
    }
    ZoneId zone = ZoneId.of(theater.timeZone());
    date = LocalDate.now(clock.withZone(zone));
    if (dateParam != null && !dateParam.isBlank()) {
      try {
        date = LocalDate.parse(dateParam.trim());
      } catch (DateTimeParseException e) {
        Messages.error(null, "schedule.baddate");
      }
    }
    movies = programme.movies();
    refresh();
  }

  private Optional<TheaterView> pickTheater() {
    if (theaterParam == null || theaterParam.isBlank()) {
      return theaters.stream().findFirst();
    }
    Optional<TheaterView> chosen =
        theaters.stream()
            .filter(t -> Long.toString(t.id()).equals(theaterParam.trim()))
            .findFirst();
    if (chosen.isEmpty()) {
      Messages.error(null, "schedule.unknowntheater", theaterParam);
      return theaters.stream().findFirst();
    }
    return chosen;
  }

  private void refresh() {
    ZoneId zone = ZoneId.of(theater.timeZone());
    List<ScheduledShowtime> day =
        programme.schedule(
            theater.id(),
            date.atStartOfDay(zone).toInstant(),
            date.plusDays(1).atStartOfDay(zone).toInstant());
    timeline = Timeline.of(date, zone, day);
    lanes =
        programme.auditoriums(theater.id()).stream()
            .map(a -> new Lane(a, day.stream().filter(s -> s.auditoriumId() == a.id()).toList()))
            .toList();
    if (currency == null) {
      currency = day.stream().map(ScheduledShowtime::currency).findFirst().orElse("EUR");
    }
  }

  public void schedule() {
    if (movieId == null || auditoriumId == null) {
      Messages.error(null, "schedule.choose");
      return;
    }
    LocalTime start;
    try {
      start = LocalTime.parse(time == null ? "" : time.trim());
    } catch (DateTimeParseException e) {
      Messages.error("schedule:time", "schedule.badtime");
      return;
    }
    int cents;
    try {
      cents =
          new BigDecimal(price == null ? "" : price.trim().replace(',', '.'))
              .movePointRight(2)
              .intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      Messages.error("schedule:price", "schedule.badprice");
      return;
    }
    try {
      long id =
          programme.scheduleShowtime(
              movieId,
              auditoriumId,
              date.atTime(start).atZone(ZoneId.of(theater.timeZone())).toInstant(),
              cents,
              currency == null ? null : currency.trim().toUpperCase(java.util.Locale.ROOT));
      Messages.info("schedule.scheduled", String.valueOf(id), start.toString());
      time = null;
      refresh();
    } catch (BusinessException e) {
      Messages.refusal(null, e);
    }
  }

  public void askToCancel(long showtimeId) {
    cancelling = showtimeId;
  }

  public void keep() {
    cancelling = null;
  }

  public void cancel() {
    if (cancelling == null) {
      return;
    }
    try {
      ScheduledShowtime gone = getCancellingShowtime();
      cancellation.cancel(cancelling);
      if (gone == null) {
        Messages.info("schedule.cancelled.showtime");
      } else if (gone.seatsSold() == 0) {
        Messages.info("schedule.cancelled", gone.movieTitle(), time(gone.startsAt()));
      } else {
        Messages.info(
            gone.seatsSold() == 1
                ? "schedule.cancelled.refunded.one"
                : "schedule.cancelled.refunded.many",
            gone.movieTitle(),
            time(gone.startsAt()),
            gone.seatsSold());
      }
    } catch (BusinessException e) {
      Messages.refusal(null, e);
    }
    cancelling = null;
    refresh();
  }

  /** Whether the showtime is over: it stays on the schedule, but is no longer cancelled here. */
  public boolean ended(ScheduledShowtime showtime) {
    return !showtime.endsAt().isAfter(clock.instant());
  }

  /**
   * What the cancel asks after the movie's title: "at 20:00 in Sala 1? 1 ticket is sold for it;
   * every ticket is refunded and cancelled."
   */
  public String getConfirmDetails() {
    ScheduledShowtime showtime = getCancellingShowtime();
    if (showtime == null) {
      return "";
    }
    return Messages.text(
        showtime.seatsSold() == 1 ? "schedule.confirm.after.one" : "schedule.confirm.after.many",
        time(showtime.startsAt()),
        showtime.auditorium(),
        showtime.seatsSold());
  }

  /** The label of a showtime's cancel button: "Cancel Dune at 20:00". */
  public String cancelLabel(ScheduledShowtime showtime) {
    return Messages.text("schedule.cancel.label", showtime.movieTitle(), time(showtime.startsAt()));
  }

  public ScheduledShowtime getCancellingShowtime() {
    return lanes.stream()
        .flatMap(l -> l.showtimes().stream())
        .filter(s -> cancelling != null && s.id() == cancelling)
        .findFirst()
        .orElse(null);
  }

  public String time(java.time.Instant instant) {
    return TIME.format(instant.atZone(ZoneId.of(theater.timeZone())));
  }

  public String money(ScheduledShowtime showtime) {
    return Messages.money(showtime.priceCents(), showtime.currency());
  }

  public String getDayTitle() {
    return Messages.dateFormat("schedule.format.day").format(date);
  }

  public String getPreviousDay() {
    return date.minusDays(1).toString();
  }

  public String getNextDay() {
    return date.plusDays(1).toString();
  }

  public List<TheaterView> getTheaters() {
    return theaters;
  }

  public TheaterView getTheater() {
    return theater;
  }

  public LocalDate getDate() {
    return date;
  }

  public Timeline getTimeline() {
    return timeline;
  }

  public List<Lane> getLanes() {
    return lanes;
  }

  public List<MovieView> getMovies() {
    return movies;
  }

  public Long getMovieId() {
    return movieId;
  }

  public void setMovieId(Long movieId) {
    this.movieId = movieId;
  }

  public Long getAuditoriumId() {
    return auditoriumId;
  }

  public void setAuditoriumId(Long auditoriumId) {
    this.auditoriumId = auditoriumId;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public String getPrice() {
    return price;
  }

  public void setPrice(String price) {
    this.price = price;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public Long getCancelling() {
    return cancelling;
  }

  public String getTheaterParam() {
    return theaterParam;
  }

  public void setTheaterParam(String theaterParam) {
    this.theaterParam = theaterParam;
  }

  public String getDateParam() {
    return dateParam;
  }

  public void setDateParam(String dateParam) {
    this.dateParam = dateParam;
  }
}
