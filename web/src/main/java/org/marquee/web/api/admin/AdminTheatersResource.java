package org.marquee.web.api.admin;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.marquee.catalog.boundary.ProgrammeService;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.web.api.JsonBody;

/**
 * POST /admin/theaters {name, city, address, timeZone}: administrators only (the URL constraint in
 * web.xml and {@code @RolesAllowed} on {@link ProgrammeService}). The rest of the administration
 * API is not built yet.
 */
@Path("/admin/theaters")
@Produces(MediaType.APPLICATION_JSON)
public class AdminTheatersResource {

  @Inject ProgrammeService programme;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonValue json, @Context UriInfo uri) {
    JsonBody body = JsonBody.of(json);
    TheaterView theater =
        programme.createTheater(
            body.string("name"),
            body.string("city"),
            body.string("address"),
            body.string("timeZone"));
    return Response.created(uri.getBaseUriBuilder().path("theaters/{id}").build(theater.id()))
        .entity(theater)
        .build();
  }
}
