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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.web.api.Params;

/** GET /theaters: the theaters of the chain, optionally of one city; GET /theaters/{id}. */
@Path("/theaters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class TheatersResource {

  @Inject CatalogService catalog;

  /** One theater (an extension of the contract, so that a created theater has an address). */
  @GET
  @Path("{theaterId}")
  @Operation(
      operationId = "getTheater",
      summary = "Read a theater",
      description =
          "The address a created theater's Location names (an extension of the contract).")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "200", description = "The theater")
  @APIResponse(ref = "NotFound")
  public TheaterView get(
      @Parameter(description = "The theater's id") @PathParam("theaterId") String theaterId) {
    return catalog.theater(Params.parseId(theaterId), theaterId);
  }

  @GET
  @Operation(
      operationId = "listTheaters",
      summary = "List theaters",
      description = "Ordered by name.")
  @Parameter(ref = "X-Request-Id")
  @APIResponse(responseCode = "200", description = "The theaters")
  @APIResponse(ref = "BadRequest")
  public List<TheaterView> list(
      @Parameter(description = "Keeps the theaters of this city, ignoring case") @QueryParam("city")
          String city,
      @Parameter(ref = "limit") @QueryParam("limit") String limit,
      @Parameter(ref = "offset") @QueryParam("offset") String offset) {
    return catalog.theaters(
        Params.optionalText("city", city), Params.limit(limit), Params.offset(offset));
  }
}
