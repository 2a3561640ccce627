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
import org.marquee.booking.boundary.ShowtimeCancellationService;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.InvalidProgrammeException;
import org.marquee.catalog.boundary.ProgrammeService;
import org.marquee.catalog.boundary.ShowtimeView;
import org.marquee.catalog.boundary.UnknownShowtimeException;
import org.marquee.web.api.JsonBody;
import org.marquee.web.api.Params;

/**
 * Showtimes, for administrators: POST /admin/showtimes {@code {movieId, auditoriumId, startsAt,
 * priceCents, currency}} (409 when it overlaps another in that auditorium, 400 for a start in the
 * past); DELETE /admin/showtimes/{id} takes it off the programme and refunds every ticket sold.
 */
@Path("/admin/showtimes")
@Produces(MediaType.APPLICATION_JSON)
public class AdminShowtimesResource {

  @Inject ProgrammeService programme;
  @Inject CatalogService catalog;
  @Inject ShowtimeCancellationService cancellation;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
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
  public Response cancel(@PathParam("showtimeId") String showtimeId) {
    cancellation.cancel(Params.pathId(showtimeId, UnknownShowtimeException::new));
    return Response.noContent().build();
  }
}
