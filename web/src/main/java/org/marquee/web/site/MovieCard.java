package org.marquee.web.site;

import java.util.List;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.ShowtimeView;

/** What a page shows of a movie: the movie, its media addresses and its next showtimes. */
public record MovieCard(
    MovieView movie, String posterUrl, String trailerUrl, List<ShowtimeView> next) {

  public String getGenres() {
    return String.join(", ", movie.genres());
  }

  public MovieView getMovie() {
    return movie;
  }

  public String getPosterUrl() {
    return posterUrl;
  }

  public String getTrailerUrl() {
    return trailerUrl;
  }

  public List<ShowtimeView> getNext() {
    return next;
  }
}
