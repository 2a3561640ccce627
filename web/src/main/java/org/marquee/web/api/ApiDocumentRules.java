package org.marquee.web.api;

import jakarta.annotation.Nullable;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.marquee.account.boundary.AccountView;
import org.marquee.account.boundary.PaymentMethodView;
import org.marquee.audit.boundary.AuditEntryView;
import org.marquee.booking.boundary.OrderView;
import org.marquee.catalog.boundary.ShowtimeView;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.seating.boundary.HoldView;
import org.marquee.seating.boundary.SeatView;
import org.marquee.ticket.boundary.TicketView;
import org.marquee.web.api.catalog.MovieJson;

/**
 * What the OpenAPI document says by rule rather than operation by operation, applied to the
 * document SmallRye generates from the resources (named by {@code mp.openapi.filter}), so that no
 * resource can forget it and a generated client can trust it:
 *
 * <ul>
 *   <li>Every record the API answers with ({@link #REPRESENTATIONS}) has every member
 *       <em>required</em>, since JSON-B writes each of them, nulls included ({@link
 *       JsonbConfigResolver}); a member annotated {@link Nullable} is <em>nullable</em> ({@code
 *       "type": ["string", "null"]}, or {@code anyOf} a reference and {@code null}), every other is
 *       never null.
 *   <li>Every operation documents the answers any request can get before its resource method runs:
 *       {@code 401} (wrong credentials are refused even on a public operation), {@code 429} (too
 *       many failed sign-ins), {@code 406} (an Accept it cannot serve), and where it takes a body
 *       {@code 415} (another Content-Type) and, for JSON bodies, {@code 413} (over 1 MiB).
 * </ul>
 */
public class ApiDocumentRules implements OASFilter {

  /** The records the API answers with, each the schema of its simple name. */
  public static final List<Class<? extends Record>> REPRESENTATIONS =
      List.of(
          MovieJson.class,
          TheaterView.class,
          ShowtimeView.class,
          SeatView.class,
          AccountView.class,
          PaymentMethodView.class,
          HoldView.class,
          OrderView.class,
          TicketView.class,
          AuditEntryView.class);

  @Override
  public void filterOpenAPI(OpenAPI document) {
    Map<String, Schema> schemas =
        document.getComponents() == null ? null : document.getComponents().getSchemas();
    if (schemas != null) {
      for (Class<? extends Record> type : REPRESENTATIONS) {
        Schema schema = schemas.get(type.getSimpleName());
        if (schema != null) {
          describeMembers(type, schema);
        }
      }
    }
    if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
      document
          .getPaths()
          .getPathItems()
          .values()
          .forEach(item -> item.getOperations().values().forEach(ApiDocumentRules::addCommon));
    }
  }

  /** Every member required; the {@link Nullable} ones nullable. */
  static void describeMembers(Class<? extends Record> type, Schema schema) {
    Map<String, Schema> properties = schema.getProperties();
    List<String> required = new ArrayList<>();
    for (RecordComponent member : type.getRecordComponents()) {
      required.add(member.getName());
      Schema property = properties == null ? null : properties.get(member.getName());
      if (property != null && member.isAnnotationPresent(Nullable.class)) {
        schema.addProperty(member.getName(), nullable(property));
      }
    }
    schema.setRequired(required);
  }

  /** The same schema, or null. */
  static Schema nullable(Schema schema) {
    if (schema.getRef() != null) {
      return OASFactory.createSchema()
          .addAnyOf(schema)
          .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
    }
    if (schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)) {
      schema.addType(Schema.SchemaType.NULL);
    }
    return schema;
  }

  private static void addCommon(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    addIfAbsent(responses, "401", "Unauthorized");
    addIfAbsent(responses, "406", "NotAcceptable");
    addIfAbsent(responses, "429", "TooManySignInFailures");
    if (operation.getRequestBody() != null) {
      addIfAbsent(responses, "415", "UnsupportedMediaType");
      var content = operation.getRequestBody().getContent();
      if (content != null
          && content.getMediaTypes() != null
          && content.getMediaTypes().containsKey("application/json")) {
        addIfAbsent(responses, "413", "ContentTooLarge");
      }
    }
    // statuses in ascending order, as a reader expects them
    Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
    responses.setAPIResponses(sorted);
  }

  private static void addIfAbsent(APIResponses responses, String status, String component) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
    }
  }
}
