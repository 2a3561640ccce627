package org.marquee.web.api.admin;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.ProgrammeService;
import org.marquee.catalog.boundary.UnknownMovieException;
import org.marquee.media.boundary.MediaFile;
import org.marquee.media.boundary.MediaKind;
import org.marquee.media.boundary.MediaService;
import org.marquee.web.api.JsonBody;
import org.marquee.web.api.Params;
import org.marquee.web.api.Problem;
import org.marquee.web.api.catalog.MovieJson;
import org.marquee.web.media.MediaUrls;

/**
 * Movies, for administrators: POST /admin/movies and PUT /admin/movies/{id} with {@code {title,
 * synopsis, runtimeMinutes, rating, genres[], releaseDate}}; PUT /admin/movies/{id}/poster and
 * /trailer with the file's raw bytes ({@code image/*}, {@code video/*}) into the media store.
 */
@Path("/admin/movies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
@APIResponse(ref = "Unauthorized")
@APIResponse(ref = "Forbidden")
@APIResponse(ref = "TooManySignInFailures")
public class AdminMoviesResource {

  @Inject ProgrammeService programme;
  @Inject CatalogService catalog;
  @Inject MediaService media;
  @Inject MediaUrls mediaUrls;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createMovie",
      summary = "Add a movie",
      description =
          "The movie joins the catalog at once; its poster and trailer are uploaded apart.")
  @Parameter(ref = "X-Request-Id")
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "MovieInput")))
  @APIResponse(
      responseCode = "201",
      description = "The movie",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = MovieJson.class)))
  @APIResponse(ref = "BadRequest")
  public Response create(JsonValue json, @Context UriInfo uri) {
    JsonBody body = JsonBody.of(json);
    MovieView movie =
        programme.createMovie(
            body.string("title"),
            body.string("synopsis"),
            body.integer("runtimeMinutes"),
            body.string("rating"),
            body.strings("genres"),
            body.date("releaseDate"));
    return Response.created(uri.getBaseUriBuilder().path("movies/{id}").build(movie.id()))
        .entity(toJson(movie))
        .build();
  }

  @PUT
  @Path("{movieId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateMovie",
      summary = "Change a movie",
      description =
          "A new runtime counts for showtimes scheduled from now on; those scheduled keep their"
              + " end.")
  @Parameter(ref = "X-Request-Id")
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "MovieInput")))
  @APIResponse(responseCode = "200", description = "The movie")
  @APIResponse(ref = "BadRequest")
  @APIResponse(ref = "NotFound")
  public MovieJson update(
      @Parameter(description = "The movie's id") @PathParam("movieId") String movieId,
      JsonValue json) {
    long id = Params.pathId(movieId, UnknownMovieException::new);
    JsonBody body = JsonBody.of(json);
    return toJson(
        programme.updateMovie(
            id,
            body.string("title"),
            body.string("synopsis"),
            body.integer("runtimeMinutes"),
            body.string("rating"),
            body.strings("genres"),
            body.date("releaseDate")));
  }

  @PUT
  @Path("{movieId}/poster")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "uploadPoster",
      summary = "Upload a movie's poster",
      description = "The file's raw bytes with their Content-Type (image/*), replacing any stored.")
  @Parameter(ref = "X-Request-Id")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "image/*",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "204", description = "Stored")
  @APIResponse(
      responseCode = "400",
      description = "Not image/*, or too large",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(ref = "NotFound")
  public Response poster(
      @Parameter(description = "The movie's id") @PathParam("movieId") String movieId,
      @Parameter(hidden = true) @HeaderParam("Content-Type") String contentType,
      InputStream bytes) {
    return store(MediaKind.POSTER, movieId, contentType, bytes);
  }

  @PUT
  @Path("{movieId}/trailer")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "uploadTrailer",
      summary = "Upload a movie's trailer",
      description = "The file's raw bytes with their Content-Type (video/*), replacing any stored.")
  @Parameter(ref = "X-Request-Id")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "video/*",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "204", description = "Stored")
  @APIResponse(
      responseCode = "400",
      description = "Not video/*, or too large",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(ref = "NotFound")
  public Response trailer(
      @Parameter(description = "The movie's id") @PathParam("movieId") String movieId,
      @Parameter(hidden = true) @HeaderParam("Content-Type") String contentType,
      InputStream bytes) {
    return store(MediaKind.TRAILER, movieId, contentType, bytes);
  }

  private Response store(MediaKind kind, String movieId, String contentType, InputStream bytes) {
    long id = Params.pathId(movieId, UnknownMovieException::new);
    catalog.movie(id); // 404 for a movie that does not exist
    MediaFile file = media.store(kind, id, contentType, bytes);
    programme.recordMediaUpload(kind, id, file.contentType(), file.length());
    return Response.noContent().build();
  }

  private MovieJson toJson(MovieView movie) {
    return MovieJson.of(
        movie,
        mediaUrls.of(MediaKind.POSTER, movie.id()),
        mediaUrls.of(MediaKind.TRAILER, movie.id()));
  }
}
