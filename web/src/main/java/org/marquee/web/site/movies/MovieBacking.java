package org.marquee.web.site.movies;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.ShowtimeQuery;
import org.marquee.catalog.boundary.ShowtimeView;
import org.marquee.catalog.boundary.UnknownMovieException;
import org.marquee.web.api.Params;
import org.marquee.web.site.Messages;
import org.marquee.web.site.MovieCard;
import org.marquee.web.site.MovieCards;

/**
 * The movie page (/movies/movie.xhtml?id=..&amp;date=..): the movie with its trailer, and its
 * showtimes on one day grouped by theater. The days offered are those that have showtimes.
 */
@Named
@RequestScoped
public class MovieBacking {

  /** Showtimes of one theater on the chosen day. */
  public record TheaterShowtimes(String theaterName, String city, List<ShowtimeView> showtimes) {
    public String getTheaterName() {
      return theaterName;
    }

    public String getCity() {
      return city;
    }

    public List<ShowtimeView> getShowtimes() {
      return showtimes;
    }
  }

  /** A day that can be chosen. */
  public record Day(LocalDate date, String label, boolean selected) {
    public String getIso() {
      return date.toString();
    }

    public String getLabel() {
      return label;
    }

    public boolean isSelected() {
      return selected;
    }
  }

  @Inject CatalogService catalog;
  @Inject MovieCards cards;

  private String id;
  private String date;
  private MovieCard movie;
  private List<Day> days = List.of();
  private List<TheaterShowtimes> theaters = List.of();

  public void load() {
    Long movieId = Params.parseId(id);
    try {
      if (movieId == null) {
        throw new UnknownMovieException(id);
      }
      movie = cards.card(catalog.movie(movieId), 0);
    } catch (UnknownMovieException e) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
      return;
    }
    List<ShowtimeView> all =
        catalog.showtimes(new ShowtimeQuery(movieId, null, null, null, 200, 0));
    List<LocalDate> dates =
        all.stream().map(s -> s.startsAt().toLocalDate()).distinct().sorted().toList();
    LocalDate chosen = parseDate(date);
    if (chosen == null || !dates.contains(chosen)) {
      chosen = dates.isEmpty() ? null : dates.get(0);
    }
    LocalDate selected = chosen;
    DateTimeFormatter day = Messages.dateFormat("format.day");
    days = dates.stream().map(d -> new Day(d, day.format(d), d.equals(selected))).toList();
    Map<Long, List<ShowtimeView>> byTheater = new LinkedHashMap<>();
    all.stream()
        .filter(s -> s.startsAt().toLocalDate().equals(selected))
        .forEach(s -> byTheater.computeIfAbsent(s.theaterId(), t -> new ArrayList<>()).add(s));
    theaters =
        byTheater.values().stream()
            .map(list -> new TheaterShowtimes(list.get(0).theaterName(), list.get(0).city(), list))
            .toList();
  }

  private static LocalDate parseDate(String value) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (RuntimeException e) {
      return null;
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public MovieCard getMovie() {
    return movie;
  }

  public List<Day> getDays() {
    return days;
  }

  public List<TheaterShowtimes> getTheaters() {
    return theaters;
  }
}
