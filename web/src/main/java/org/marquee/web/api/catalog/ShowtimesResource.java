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
import org.marquee.catalog.boundary.ShowtimeQuery;
import org.marquee.catalog.boundary.ShowtimeView;
import org.marquee.catalog.boundary.UnknownShowtimeException;
import org.marquee.seating.boundary.SeatView;
import org.marquee.web.api.Params;

/** GET /showtimes, /showtimes/{id} and the live seat map /showtimes/{id}/seats. */
@Path("/showtimes")
@Produces(MediaType.APPLICATION_JSON)
public class ShowtimesResource {

  @Inject CatalogService catalog;

  @GET
  public List<ShowtimeView> list(
      @QueryParam("movieId") String movieId,
      @QueryParam("theaterId") String theaterId,
      @QueryParam("city") String city,
      @QueryParam("date") String date,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
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
  public ShowtimeView get(@PathParam("showtimeId") String showtimeId) {
    return catalog.showtime(Params.pathId(showtimeId, UnknownShowtimeException::new));
  }

  @GET
  @Path("{showtimeId}/seats")
  public List<SeatView> seats(@PathParam("showtimeId") String showtimeId) {
    return catalog.seatMap(Params.pathId(showtimeId, UnknownShowtimeException::new));
  }
}
