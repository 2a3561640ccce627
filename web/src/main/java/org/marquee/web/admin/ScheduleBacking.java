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
import org.marquee.web.site.Money;

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
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.ENGLISH);

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
        Messages.error(null, "The date is a day such as 2026-12-18; here is today.");
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
      Messages.error(null, "There is no theater " + theaterParam + "; here is the first.");
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
      Messages.error(null, "Choose a movie and an auditorium.");
      return;
    }
    LocalTime start;
    try {
      start = LocalTime.parse(time == null ? "" : time.trim());
    } catch (DateTimeParseException e) {
      Messages.error("schedule:time", "The start is a time such as 20:15.");
      return;
    }
    int cents;
    try {
      cents = new BigDecimal(price == null ? "" : price.trim()).movePointRight(2).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      Messages.error("schedule:price", "The price is an amount such as 11.50.");
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
      Messages.info("Scheduled showtime " + id + " at " + start + ".");
      time = null;
      refresh();
    } catch (BusinessException e) {
      Messages.error(null, e.getMessage());
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
      Messages.info(
          "Cancelled "
              + (gone == null ? "the showtime" : gone.movieTitle() + " at " + time(gone.startsAt()))
              + (gone == null || gone.seatsSold() == 0
                  ? "."
                  : "; " + tickets(gone.seatsSold()) + " refunded."));
    } catch (BusinessException e) {
      Messages.error(null, e.getMessage());
    }
    cancelling = null;
    refresh();
  }

  /** Whether the showtime is over: it stays on the schedule, but is no longer cancelled here. */
  public boolean ended(ScheduledShowtime showtime) {
    return !showtime.endsAt().isAfter(clock.instant());
  }

  /** "1 ticket is", "3 tickets are". */
  public String tickets(int count) {
    return count == 1 ? "1 ticket is" : count + " tickets are";
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
    return Money.format(showtime.priceCents(), showtime.currency());
  }

  public String getDayTitle() {
    return DAY.format(date);
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
