package org.marquee.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.MovieFilter;
import org.marquee.catalog.boundary.MovieQuery;

/** The home page (/index.xhtml): movies now showing with their next showtimes, and coming soon. */
@Named
@RequestScoped
public class HomeBacking {

  private static final int NEXT_SHOWTIMES = 3;

  @Inject CatalogService catalog;
  @Inject MovieCards cards;

  private List<MovieCard> nowShowing;
  private List<MovieCard> comingSoon;

  @PostConstruct
  void load() {
    nowShowing =
        catalog.movies(new MovieQuery(MovieFilter.NOW, null, null, 200, 0)).stream()
            .map(m -> cards.card(m, NEXT_SHOWTIMES))
            .toList();
    comingSoon =
        catalog.movies(new MovieQuery(MovieFilter.UPCOMING, null, null, 200, 0)).stream()
            .map(m -> cards.card(m, 0))
            .toList();
  }

  public List<MovieCard> getNowShowing() {
    return nowShowing;
  }

  public List<MovieCard> getComingSoon() {
    return comingSoon;
  }
}
