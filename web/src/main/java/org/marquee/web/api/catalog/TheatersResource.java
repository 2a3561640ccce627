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
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.web.api.Params;

/** GET /theaters: the theaters of the chain, optionally of one city; GET /theaters/{id}. */
@Path("/theaters")
@Produces(MediaType.APPLICATION_JSON)
public class TheatersResource {

  @Inject CatalogService catalog;

  /** One theater (an extension of the contract, so that a created theater has an address). */
  @GET
  @Path("{theaterId}")
  public TheaterView get(@PathParam("theaterId") String theaterId) {
    return catalog.theater(Params.parseId(theaterId), theaterId);
  }

  @GET
  public List<TheaterView> list(
      @QueryParam("city") String city,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    return catalog.theaters(
        Params.optionalText("city", city), Params.limit(limit), Params.offset(offset));
  }
}
