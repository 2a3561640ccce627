package org.marquee.web.api.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.marquee.catalog.boundary.ProgrammeService;
import org.marquee.catalog.boundary.RowSpec;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.catalog.boundary.UnknownTheaterException;
import org.marquee.catalog.entity.SeatCategory;
import org.marquee.web.api.InvalidParameterException;
import org.marquee.web.api.JsonBody;
import org.marquee.web.api.Params;
import org.marquee.web.api.Problem;

/**
 * POST /admin/theaters {name, city, address, timeZone} and POST /admin/theaters/{id}/auditoriums:
 * administrators only (the URL constraint in web.xml and {@code @RolesAllowed} on {@link
 * ProgrammeService}).
 */
@Path("/admin/theaters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
@APIResponse(ref = "Unauthorized")
@APIResponse(ref = "Forbidden")
@APIResponse(ref = "TooManySignInFailures")
public class AdminTheatersResource {

  @Inject ProgrammeService programme;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createTheater",
      summary = "Add a theater",
      description =
          "A location of the chain: name, city, address and its IANA time zone, in which its showtimes are printed.")
  @Parameter(ref = "X-Request-Id")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = {"name", "city", "address", "timeZone"},
                      properties = {
                        @SchemaProperty(name = "name", type = SchemaType.STRING),
                        @SchemaProperty(name = "city", type = SchemaType.STRING),
                        @SchemaProperty(name = "address", type = SchemaType.STRING),
                        @SchemaProperty(
                            name = "timeZone",
                            type = SchemaType.STRING,
                            description = "An IANA zone id",
                            example = "Europe/Berlin")
                      })))
  @APIResponse(
      responseCode = "201",
      description = "The theater",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = TheaterView.class)))
  @APIResponse(ref = "BadRequest")
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

  /**
   * Adds an auditorium with its seat layout: {@code {name, rows: [{row, seats, category?,
   * houseSeats?, seatCategories?}]}}, the category STANDARD, PREMIUM or WHEELCHAIR (STANDARD when
   * left out), {@code houseSeats} the numbers of the row's seats kept for the box office, {@code
   * seatCategories} the seats of another category than the row's, such as {@code {"1":
   * "WHEELCHAIR"}}. 201 {@code {id, name, seatsTotal}}; 409 for a name the theater already has.
   */
  @POST
  @Path("{theaterId}/auditoriums")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createAuditorium",
      summary = "Add an auditorium with its seat layout",
      description =
          "Rows of seats with their category, the house seats kept for the box office and seats of another category than their row's; 201 {id, name, seatsTotal}.")
  @Parameter(ref = "X-Request-Id")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = {"name", "rows"},
                      properties = {
                        @SchemaProperty(name = "name", type = SchemaType.STRING),
                        @SchemaProperty(
                            name = "rows",
                            type = SchemaType.ARRAY,
                            implementation = RowSpec.class,
                            minItems = 1,
                            maxItems = 100,
                            description =
                                "Each row needs row (A to ZZZ or 1 to 999) and seats (1 to"
                                    + " 100); category is STANDARD when left out")
                      })))
  @APIResponse(
      responseCode = "201",
      description = "The auditorium",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      properties = {
                        @SchemaProperty(name = "id", type = SchemaType.INTEGER, format = "int64"),
                        @SchemaProperty(name = "name", type = SchemaType.STRING),
                        @SchemaProperty(name = "seatsTotal", type = SchemaType.INTEGER)
                      })))
  @APIResponse(ref = "BadRequest")
  @APIResponse(
      responseCode = "404",
      description = "No such theater",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "The theater already has an auditorium of this name",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response addAuditorium(
      @Parameter(description = "The theater's id") @PathParam("theaterId") String theaterId,
      JsonValue json) {
    long theater = Params.pathId(theaterId, UnknownTheaterException::new);
    JsonBody body = JsonBody.of(json);
    List<JsonBody> rows = body.objects("rows");
    if (rows == null) {
      throw new InvalidParameterException("rows is required: [{row, seats, category?}].");
    }
    if (rows.size() > 100) {
      throw new InvalidParameterException("An auditorium has at most 100 rows.");
    }
    List<RowSpec> layout = new ArrayList<>();
    int seatsTotal = 0;
    for (JsonBody row : rows) {
      Integer seats = row.integer("seats");
      if (seats == null) {
        throw new InvalidParameterException("Each row needs seats.");
      }
      List<Long> house = row.ids("houseSeats", 100);
      layout.add(
          new RowSpec(
              row.string("row"),
              seats,
              Params.optionalEnum("category", row.string("category"), SeatCategory.class, null),
              house == null
                  ? Set.of()
                  : house.stream().map(Long::intValue).collect(Collectors.toSet()),
              seatCategories(row.object("seatCategories"))));
      seatsTotal += seats;
    }
    String name = body.string("name");
    long id = programme.addAuditorium(theater, name, layout);
    return Response.status(Response.Status.CREATED)
        .entity(
            Json.createObjectBuilder()
                .add("id", id)
                .add("name", name.trim())
                .add("seatsTotal", seatsTotal)
                .build())
        .build();
  }

  /** {@code {"3": "WHEELCHAIR"}}: seat numbers of the row with their own category. */
  private static Map<Integer, SeatCategory> seatCategories(JsonBody categories) {
    if (categories == null) {
      return Map.of();
    }
    Map<Integer, SeatCategory> byNumber = new HashMap<>();
    for (String number : categories.names()) {
      if (!number.matches("[1-9][0-9]{0,2}")) {
        throw new InvalidParameterException("seatCategories is keyed by seat numbers, 1 to 100.");
      }
      String category = categories.string(number);
      if (category == null) {
        throw new InvalidParameterException("seatCategories gives each seat a category.");
      }
      byNumber.put(
          Integer.valueOf(number),
          Params.optionalEnum("seatCategories", category, SeatCategory.class, null));
    }
    return byNumber;
  }
}
