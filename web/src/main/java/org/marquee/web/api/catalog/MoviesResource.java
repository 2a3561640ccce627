package org.marquee.web.api.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.MovieFilter;
import org.marquee.catalog.boundary.MovieQuery;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.UnknownMovieException;
import org.marquee.media.boundary.MediaKind;
import org.marquee.web.api.Params;
import org.marquee.web.media.MediaUrls;

/** GET /movies and /movies/{id}: the public film listing. */
@Path("/movies")
@Produces(MediaType.APPLICATION_JSON)
public class MoviesResource {

  @Inject CatalogService catalog;
  @Inject MediaUrls mediaUrls;

  @GET
  public List<MovieJson> list(
      @QueryParam("when") String when,
      @QueryParam("q") String q,
      @QueryParam("city") String city,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    MovieQuery query =
        new MovieQuery(
            Params.optionalEnum("when", when, MovieFilter.class, MovieFilter.ALL),
            Params.optionalText("q", q),
            Params.optionalText("city", city),
            Params.limit(limit),
            Params.offset(offset));
    return catalog.movies(query).stream().map(this::toJson).toList();
  }

  @GET
  @Path("{movieId}")
  public MovieJson get(@PathParam("movieId") String movieId) {
    return toJson(catalog.movie(Params.pathId(movieId, UnknownMovieException::new)));
  }

  private MovieJson toJson(MovieView movie) {
    return MovieJson.of(
        movie,
        mediaUrls.of(MediaKind.POSTER, movie.id()),
        mediaUrls.of(MediaKind.TRAILER, movie.id()));
  }
}
