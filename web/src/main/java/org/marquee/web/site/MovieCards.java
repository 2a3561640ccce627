package org.marquee.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.ShowtimeQuery;
import org.marquee.media.boundary.MediaKind;
import org.marquee.web.media.MediaUrls;

/** Builds {@link MovieCard}s for the customer pages. */
@ApplicationScoped
public class MovieCards {

  @Inject CatalogService catalog;
  @Inject MediaUrls mediaUrls;

  public MovieCard card(MovieView movie, int nextShowtimes) {
    return nextShowtimes == 0
        ? card(movie, null)
        : card(movie, new ShowtimeQuery(movie.id(), null, null, null, nextShowtimes, 0));
  }

  /** The movie with the showtimes {@code next} finds (none if null). */
  public MovieCard card(MovieView movie, ShowtimeQuery next) {
    return new MovieCard(
        movie,
        mediaUrls.of(MediaKind.POSTER, movie.id()),
        mediaUrls.of(MediaKind.TRAILER, movie.id()),
        next == null ? List.of() : catalog.showtimes(next));
  }
}
