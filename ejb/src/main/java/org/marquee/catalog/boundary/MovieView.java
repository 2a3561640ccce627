package org.marquee.catalog.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.marquee.catalog.entity.Movie;

/** A movie as the catalog shows it. */
public record MovieView(
    long id,
    String title,
    String synopsis,
    int runtimeMinutes,
    String rating,
    List<String> genres,
    LocalDate releaseDate)
    implements Serializable {

  public static MovieView of(Movie movie) {
    return new MovieView(
        movie.getId(),
        movie.getTitle(),
        movie.getSynopsis(),
        movie.getRuntimeMinutes(),
        movie.getRating(),
        List.copyOf(movie.getGenres()),
        movie.getReleaseDate());
  }
}
