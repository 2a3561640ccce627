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
import org.marquee.catalog.boundary.ShowtimeQuery;
import org.marquee.catalog.boundary.ShowtimeView;
import org.marquee.catalog.boundary.UnknownShowtimeException;
import org.marquee.seating.boundary.SeatView;
import org.marquee.web.api.Params;

/** GET /showtimes, /showtimes/{id} and the live seat map /showtimes/{id}/seats. */
@Path("/showtimes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ShowtimesResource {

  @Inject CatalogService catalog;

  @GET
  @Operation(
      operationId = "listShowtimes",
      summary = "List future showtimes",
      description = "Showtimes that have not started, ordered by startsAt; every filter optional.")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "200", description = "The showtimes")
  @APIResponse(ref = "BadRequest")
  public List<ShowtimeView> list(
      @Parameter(
              description = "Showtimes of this movie",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
          @QueryParam("movieId")
          String movieId,
      @Parameter(
              description = "Showtimes in this theater",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
          @QueryParam("theaterId")
          String theaterId,
      @Parameter(description = "Showtimes in this city, ignoring case") @QueryParam("city")
          String city,
      @Parameter(
              description = "Showtimes starting on this local date of the theater",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("date")
          String date,
      @Parameter(ref = "limit") @QueryParam("limit") String limit,
      @Parameter(ref = "offset") @QueryParam("offset") String offset) {
    return catalog.showtimes(
        new ShowtimeQuery(
            Params.optionalId("movieId", movieId),
            Params.optionalId("theaterId", theaterId),
            Params.optionalText("city", city),
            Params.optionalDate("date", date),
            Params.limit(limit),
            Params.offset(offset)));
  }

  @GET
  @Path("{showtimeId}")
  @Operation(
      operationId = "getShowtime",
      summary = "Read a showtime",
      description = "Also one that has started or ended, as long as it is scheduled.")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "200", description = "The showtime")
  @APIResponse(ref = "NotFound")
  public ShowtimeView get(
      @Parameter(description = "The showtime's id") @PathParam("showtimeId") String showtimeId) {
    return catalog.showtime(Params.pathId(showtimeId, UnknownShowtimeException::new));
  }

  @GET
  @Path("{showtimeId}/seats")
  @Operation(
      operationId = "getSeatMap",
      summary = "Read a showtime's seat map",
      description =
          "Every seat with its live status, by row, then number; never paginated. A house seat"
              + " kept for the box office reads HELD.")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "200", description = "The seats")
  @APIResponse(ref = "NotFound")
  public List<SeatView> seats(
      @Parameter(description = "The showtime's id") @PathParam("showtimeId") String showtimeId) {
    return catalog.seatMap(Params.pathId(showtimeId, UnknownShowtimeException::new));
  }
}
