package org.marquee.it.contract;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A served OpenAPI 3.1 document as a contract that answers are held to: the operation a request
 * names (method and path matched against the document's path templates), the status (documented for
 * that operation, else a violation), the media type (one the status documents) and the body (valid
 * against that media type's schema, JSON Schema 2020-12 with the document's own {@code $ref}s, by
 * networknt's validator). It remembers which operations were checked, so that a test can tell which
 * of the document's operations it never drove.
 */
public final class OpenApiContract {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private final JsonObject document;
  private final Map<String, Operation> operations = new LinkedHashMap<>();
  private final Map<String, JsonSchema> compiled = new HashMap<>();
  private final Set<String> driven = new TreeSet<>();

  /** One operation of the document: its method, path template as a pattern, and JSON pointer. */
  private record Operation(
      String id, String method, String template, Pattern path, String pointer) {}

  public OpenApiContract(JsonObject document) {
    this.document = document;
    document
        .getJsonObject("paths")
        .forEach(
            (template, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) -> {
                          if (!METHODS.contains(method)) {
                            return;
                          }
                          String id =
                              operation.asJsonObject().getString("operationId", method + template);
                          operations.put(
                              id,
                              new Operation(
                                  id,
                                  method,
                                  template,
                                  Pattern.compile(
                                      Pattern.quote(template)
                                          .replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")),
                                  "/paths/" + escape(template) + "/" + method));
                        }));
  }

  /** The document's operationIds. */
  public Set<String> operationIds() {
    return new TreeSet<>(operations.keySet());
  }

  /** The operationIds that {@link #check} has seen answers of. */
  public Set<String> driven() {
    return new TreeSet<>(driven);
  }

  /**
   * What is wrong with an answer, by the document: empty when it conforms. {@code path} may carry a
   * query; {@code contentType} is the answer's Content-Type (null without a body).
   */
  public List<String> check(
      String method, String path, int status, String contentType, String body) {
    String name = method.toUpperCase(Locale.ROOT) + " " + path + " -> " + status;
    Operation operation = operation(method, path);
    if (operation == null) {
      return List.of(name + ": no such operation in the document");
    }
    driven.add(operation.id());
    JsonObject responses = at(operation.pointer() + "/responses").asJsonObject();
    String key = responses.containsKey(Integer.toString(status)) ? Integer.toString(status) : null;
    if (key == null) {
      key = responses.containsKey("default") ? "default" : null;
    }
    if (key == null) {
      return List.of(
          name + ": status not documented for " + operation.id() + " " + responses.keySet());
    }
    String responsePointer = operation.pointer() + "/responses/" + escape(key);
    JsonObject response = responses.getJsonObject(key);
    if (response.containsKey("$ref")) {
      responsePointer = response.getString("$ref").substring(1);
      response = at(responsePointer).asJsonObject();
    }
    JsonObject content = response.getJsonObject("content");
    boolean hasBody = body != null && !body.isEmpty();
    if (content == null || content.isEmpty()) {
      return hasBody ? List.of(name + ": a body where the document gives none") : List.of();
    }
    if (!hasBody) {
      return List.of(name + ": no body where the document gives " + content.keySet());
    }
    String mediaType =
        contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (!content.containsKey(mediaType)) {
      return List.of(name + ": Content-Type " + contentType + " not among " + content.keySet());
    }
    if (!mediaType.endsWith("json")) {
      return List.of();
    }
    String schemaPointer = responsePointer + "/content/" + escape(mediaType) + "/schema";
    if (!content.getJsonObject(mediaType).containsKey("schema")) {
      return List.of();
    }
    List<String> violations = new ArrayList<>();
    for (ValidationMessage message : schema(schemaPointer).validate(body, InputFormat.JSON)) {
      violations.add(name + ": " + message.getMessage());
    }
    return violations;
  }

  /** The operation a request names: the matching template with the fewest parameters. */
  private Operation operation(String method, String path) {
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    Operation best = null;
    for (Operation operation : operations.values()) {
      if (operation.method().equalsIgnoreCase(method)
          && operation.path().matcher(bare).matches()
          && (best == null || parameters(operation) < parameters(best))) {
        best = operation;
      }
    }
    return best;
  }

  private static long parameters(Operation operation) {
    return operation.template().chars().filter(c -> c == '{').count();
  }

  /** The schema at a pointer of the document, its $refs resolved within the document. */
  private JsonSchema schema(String pointer) {
    return compiled.computeIfAbsent(
        pointer,
        p ->
            SCHEMAS.getSchema(
                Json.createObjectBuilder(document).add("$ref", "#" + p).build().toString()));
  }

  private JsonValue at(String pointer) {
    return Json.createPointer(pointer).getValue(document);
  }

  /** A JSON pointer's reference token (RFC 6901). */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
