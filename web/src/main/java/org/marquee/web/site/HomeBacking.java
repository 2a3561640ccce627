package org.marquee.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.MovieFilter;
import org.marquee.catalog.boundary.MovieQuery;
import org.marquee.catalog.boundary.ShowtimeQuery;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.web.api.Params;

/**
 * The home page (/index.xhtml?q=..&amp;city=..&amp;theater=..&amp;date=..&amp;genre=..): movies now
 * showing with their next showtimes, and coming soon, narrowed by a text search and by city,
 * theater, day and genre. The filters are query parameters of a GET form, so a filtered listing is
 * a link that can be shared; a value that names nothing is dropped with a message, never an error.
 */
@Named
@RequestScoped
public class HomeBacking {

  private static final int NEXT_SHOWTIMES = 3;
  private static final int DAYS_OFFERED = 7;

  /** A choice of a filter's list: its value in the URL and its label. */
  public record Option(String value, String label) {
    public String getValue() {
      return value;
    }

    public String getLabel() {
      return label;
    }
  }

  @Inject CatalogService catalog;
  @Inject MovieCards cards;

  private String q;
  private String city;
  private String theater;
  private String date;
  private String genre;

  private List<MovieCard> nowShowing = List.of();
  private List<MovieCard> comingSoon = List.of();
  private List<Option> cities = List.of();
  private List<Option> theaters = List.of();
  private List<Option> dates = List.of();
  private List<Option> genres = List.of();

  public void load() {
    q = blankToNull(q);
    if (q != null && q.length() > Params.MAX_TEXT) {
      q = q.substring(0, Params.MAX_TEXT);
    }
    List<TheaterView> allTheaters = catalog.theaters(null, Params.MAX_LIMIT, 0);
    cities =
        allTheaters.stream()
            .map(TheaterView::city)
            .distinct()
            .sorted()
            .map(c -> new Option(c, c))
            .toList();
    city = known(city, cities, "home.unknownCity");
    Long theaterId = theaterId(allTheaters);
    LocalDate day = day();
    genres = catalog.genres().stream().map(g -> new Option(g, g)).toList();
    genre = known(genre, genres, "home.unknownGenre");

    nowShowing =
        catalog
            .movies(
                new MovieQuery(
                    MovieFilter.NOW, q, city, genre, theaterId, day, Params.MAX_LIMIT, 0))
            .stream()
            .map(
                m ->
                    cards.card(
                        m, new ShowtimeQuery(m.id(), theaterId, city, day, NEXT_SHOWTIMES, 0)))
            .toList();
    comingSoon =
        catalog
            .movies(
                new MovieQuery(
                    MovieFilter.UPCOMING, q, null, genre, null, null, Params.MAX_LIMIT, 0))
            .stream()
            .map(m -> cards.card(m, 0))
            .toList();
  }

  private Long theaterId(List<TheaterView> allTheaters) {
    theaters =
        allTheaters.stream()
            .filter(t -> city == null || t.city().equals(city))
            .map(t -> new Option(String.valueOf(t.id()), t.name() + ", " + t.city()))
            .toList();
    theater = known(blankToNull(theater), theaters, "home.unknownTheater");
    return theater == null ? null : Long.valueOf(theater);
  }

  /** The next week's days, in the server's zone (each showtime is matched on its theater's day). */
  private LocalDate day() {
    LocalDate today = LocalDate.now(ZoneId.systemDefault());
    List<Option> days = new ArrayList<>();
    for (int i = 0; i < DAYS_OFFERED; i++) {
      LocalDate d = today.plusDays(i);
      String label =
          switch (i) {
            case 0 -> Messages.text("home.today");
            case 1 -> Messages.text("home.tomorrow");
            default -> Messages.dateFormat("format.day").format(d);
          };
      days.add(new Option(d.toString(), label));
    }
    dates = List.copyOf(days);
    date = blankToNull(date);
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (RuntimeException e) {
      Messages.error(null, "home.unknownDate");
      date = null;
      return null;
    }
  }

  /** The value if one of the options has it (ignoring case), else null with a message. */
  private static String known(String value, List<Option> options, String unknownKey) {
    String wanted = blankToNull(value);
    if (wanted == null) {
      return null;
    }
    return options.stream()
        .map(Option::value)
        .filter(v -> v.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseGet(
            () -> {
              Messages.error(null, unknownKey);
              return null;
            });
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public boolean isFiltered() {
    return q != null || city != null || theater != null || date != null || genre != null;
  }

  /** Coming soon is shown unless a filter that needs showtimes (city, theater, day) is chosen. */
  public boolean isComingSoonShown() {
    return !comingSoon.isEmpty() && city == null && theater == null && date == null;
  }

  public List<MovieCard> getNowShowing() {
    return nowShowing;
  }

  public List<MovieCard> getComingSoon() {
    return comingSoon;
  }

  public List<Option> getCities() {
    return cities;
  }

  public List<Option> getTheaters() {
    return theaters;
  }

  public List<Option> getDates() {
    return dates;
  }

  public List<Option> getGenres() {
    return genres;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getTheater() {
    return theater;
  }

  public void setTheater(String theater) {
    this.theater = theater;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getGenre() {
    return genre;
  }

  public void setGenre(String genre) {
    this.genre = genre;
  }
}
