package org.marquee.web.api.catalog;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import org.marquee.catalog.boundary.MovieView;

/** A movie as /api/v1 writes it, with the addresses of its poster and trailer (null if none). */
public record MovieJson(
    long id,
    String title,
    String synopsis,
    int runtimeMinutes,
    String rating,
    List<String> genres,
    LocalDate releaseDate,
    @Nullable String posterUrl,
    @Nullable String trailerUrl) {

  public static MovieJson of(MovieView movie, String posterUrl, String trailerUrl) {
    return new MovieJson(
        movie.id(),
        movie.title(),
        movie.synopsis(),
        movie.runtimeMinutes(),
        movie.rating(),
        movie.genres(),
        movie.releaseDate(),
        posterUrl,
        trailerUrl);
  }
}
