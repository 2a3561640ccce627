package org.marquee.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.ShowtimeQuery;
import org.marquee.media.boundary.MediaKind;
import org.marquee.media.boundary.MediaService;

/** Builds {@link MovieCard}s for the customer pages. */
@ApplicationScoped
public class MovieCards {

  @Inject CatalogService catalog;
  @Inject MediaService media;

  public MovieCard card(MovieView movie, int nextShowtimes) {
    return new MovieCard(
        movie,
        media
            .find(MediaKind.POSTER, movie.id())
            .map(f -> "/media/posters/" + movie.id())
            .orElse(null),
        media
            .find(MediaKind.TRAILER, movie.id())
            .map(f -> "/media/trailers/" + movie.id())
            .orElse(null),
        nextShowtimes == 0
            ? List.of()
            : catalog.showtimes(new ShowtimeQuery(movie.id(), null, null, null, nextShowtimes, 0)));
  }
}
