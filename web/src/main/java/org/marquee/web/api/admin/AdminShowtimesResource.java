package org.marquee.web.api.admin;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marquee.booking.boundary.ShowtimeCancellationService;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.InvalidProgrammeException;
import org.marquee.catalog.boundary.ProgrammeService;
import org.marquee.catalog.boundary.ShowtimeView;
import org.marquee.catalog.boundary.UnknownShowtimeException;
import org.marquee.web.api.JsonBody;
import org.marquee.web.api.Params;
import org.marquee.web.api.Problem;

/**
 * Showtimes, for administrators: POST /admin/showtimes {@code {movieId, auditoriumId, startsAt,
 * priceCents, currency}} (409 when it overlaps another in that auditorium, 400 for a start in the
 * past); DELETE /admin/showtimes/{id} takes it off the programme and refunds every ticket sold.
 */
@Path("/admin/showtimes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
@APIResponse(ref = "Unauthorized")
@APIResponse(ref = "Forbidden")
@APIResponse(ref = "TooManySignInFailures")
public class AdminShowtimesResource {

  @Inject ProgrammeService programme;
  @Inject CatalogService catalog;
  @Inject ShowtimeCancellationService cancellation;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createShowtime",
      summary = "Schedule a showtime",
      description = "endsAt is startsAt plus the movie's runtime; a start in the past is refused.")
  @Parameter(ref = "X-Request-Id")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = {
                        "movieId",
                        "auditoriumId",
                        "startsAt",
                        "priceCents",
                        "currency"
                      },
                      properties = {
                        @SchemaProperty(
                            name = "movieId",
                            type = SchemaType.INTEGER,
                            format = "int64"),
                        @SchemaProperty(
                            name = "auditoriumId",
                            type = SchemaType.INTEGER,
                            format = "int64"),
                        @SchemaProperty(
                            name = "startsAt",
                            type = SchemaType.STRING,
                            format = "date-time",
                            example = "2026-12-01T19:30:00+01:00"),
                        @SchemaProperty(
                            name = "priceCents",
                            type = SchemaType.INTEGER,
                            description = "The base price, in minor units"),
                        @SchemaProperty(
                            name = "currency",
                            type = SchemaType.STRING,
                            description = "ISO 4217",
                            example = "EUR")
                      })))
  @APIResponse(
      responseCode = "201",
      description = "The showtime",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = ShowtimeView.class)))
  @APIResponse(ref = "BadRequest")
  @APIResponse(
      responseCode = "404",
      description = "No such movie or auditorium",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "It overlaps another showtime of that auditorium, cleaning included",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response schedule(JsonValue json, @Context UriInfo uri) {
    JsonBody body = JsonBody.of(json);
    Long movieId = body.id("movieId");
    Long auditoriumId = body.id("auditoriumId");
    Integer priceCents = body.integer("priceCents");
    if (movieId == null || auditoriumId == null || priceCents == null) {
      throw new InvalidProgrammeException("movieId, auditoriumId and priceCents are required.");
    }
    long id =
        programme.scheduleShowtime(
            movieId, auditoriumId, body.instant("startsAt"), priceCents, body.string("currency"));
    ShowtimeView showtime = catalog.showtime(id);
    return Response.created(uri.getBaseUriBuilder().path("showtimes/{id}").build(id))
        .entity(showtime)
        .build();
  }

  @DELETE
  @Path("{showtimeId}")
  @Operation(
      operationId = "cancelShowtime",
      summary = "Take a showtime off the programme",
      description = "Every order for it is refunded and its tickets cancelled.")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "204", description = "Cancelled, also when it was already")
  @APIResponse(ref = "NotFound")
  public Response cancel(
      @Parameter(description = "The showtime's id") @PathParam("showtimeId") String showtimeId) {
    cancellation.cancel(Params.pathId(showtimeId, UnknownShowtimeException::new));
    return Response.noContent().build();
  }
}
