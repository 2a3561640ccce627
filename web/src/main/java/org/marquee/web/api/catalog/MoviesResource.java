package org.marquee.web.api.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "Catalog")
public class MoviesResource {

  @Inject CatalogService catalog;
  @Inject MediaUrls mediaUrls;

  @GET
  @Operation(operationId = "listMovies", summary = "List movies", description = "Ordered by title.")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "200", description = "The movies")
  @APIResponse(ref = "BadRequest")
  public List<MovieJson> list(
      @Parameter(
              description =
                  "now: released, with a future showtime; upcoming: released after today; all:"
                      + " both",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"now", "upcoming", "all"},
                      defaultValue = "all"))
          @QueryParam("when")
          String when,
      @Parameter(description = "Text the title contains, ignoring case") @QueryParam("q") String q,
      @Parameter(description = "Keeps movies with a future showtime in this city")
          @QueryParam("city")
          String city,
      @Parameter(ref = "limit") @QueryParam("limit") String limit,
      @Parameter(ref = "offset") @QueryParam("offset") String offset) {
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
  @Operation(
      operationId = "getMovie",
      summary = "Read a movie",
      description =
          "Any movie by its id, with or without showtimes; posterUrl and trailerUrl are null when no file is stored.")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "200", description = "The movie")
  @APIResponse(ref = "NotFound")
  public MovieJson get(
      @Parameter(description = "The movie's id") @PathParam("movieId") String movieId) {
    return toJson(catalog.movie(Params.pathId(movieId, UnknownMovieException::new)));
  }

  private MovieJson toJson(MovieView movie) {
    return MovieJson.of(
        movie,
        mediaUrls.of(MediaKind.POSTER, movie.id()),
        mediaUrls.of(MediaKind.TRAILER, movie.id()));
  }
}
