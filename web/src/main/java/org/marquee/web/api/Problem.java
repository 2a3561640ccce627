package org.marquee.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem details answer: a type, a title, the status and a detail a person can act on,
 * plus the extra members an endpoint names (such as {@code unavailableSeatIds}). Never a stack
 * trace, SQL or a class name.
 */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://marquee.example/problems/";

  private final int status;
  private final String type;
  private final String title;
  private final String detail;
  private final Map<String, Object> extras = new LinkedHashMap<>();

  private Problem(int status, String slug, String title, String detail) {
    this.status = status;
    this.type = TYPE_BASE + slug;
    this.title = title;
    this.detail = detail;
  }

  public static Problem of(int status, String slug, String title, String detail) {
    return new Problem(status, slug, title, detail);
  }

  public static Problem badRequest(String detail) {
    return of(400, "invalid-request", "Invalid request", detail);
  }

  public static Problem notFound(String detail) {
    return of(404, "not-found", "Not found", detail);
  }

  public int status() {
    return status;
  }

  public Problem with(String name, Object value) {
    extras.put(name, value);
    return this;
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
  }

  public String toJson() {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", type)
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    extras.forEach(
        (name, value) -> {
          if (value instanceof Iterable<?> values) {
            var array = Json.createArrayBuilder();
            values.forEach(
                v -> {
                  if (v instanceof Number n) {
                    array.add(Json.createValue(n.longValue()));
                  } else {
                    array.add(Json.createValue(String.valueOf(v)));
                  }
                });
            json.add(name, array);
          } else if (value instanceof Number number) {
            json.add(name, Json.createValue(number.longValue()));
          } else {
            json.add(name, String.valueOf(value));
          }
        });
    return json.build().toString();
  }
}
