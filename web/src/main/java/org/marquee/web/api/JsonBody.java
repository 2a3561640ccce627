package org.marquee.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A request body read strictly: a JSON object whose members have exactly the JSON types the
 * contract names. Object binding would quietly turn {@code 42} into {@code "42"}; here a wrong
 * type, like a malformed value, is a 400 that names the member.
 */
public final class JsonBody {

  private final JsonObject json;

  private JsonBody(JsonObject json) {
    this.json = json;
  }

  public static JsonBody of(JsonValue body) {
    if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidParameterException("The request body must be a JSON object.");
    }
    return new JsonBody(body.asJsonObject());
  }

  /** A string member; null when absent or null. */
  public String string(String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonString string)) {
      throw new InvalidParameterException(name + " must be a string.");
    }
    return string.getString();
  }

  /** A date member written YYYY-MM-DD; null when absent or null. */
  public LocalDate date(String name) {
    return Params.optionalDate(name, string(name));
  }

  /** A whole-number member that fits an int; null when absent or null. */
  public Integer integer(String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      throw new InvalidParameterException(name + " must be a whole number.");
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidParameterException(name + " is out of range.");
    }
  }

  /** A positive whole-number id; null when absent or null. */
  public Long id(String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    return id(name, value);
  }

  /** An array of positive whole-number ids; null when absent or null. At most {@code max}. */
  public List<Long> ids(String name, int max) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonArray array)) {
      throw new InvalidParameterException(name + " must be an array of ids.");
    }
    if (array.size() > max) {
      throw new InvalidParameterException(name + " may name at most " + max + " items.");
    }
    List<Long> ids = new ArrayList<>();
    for (JsonValue item : array) {
      ids.add(id(name, item));
    }
    return ids;
  }

  /** An instant written ISO-8601 with an offset (2026-12-01T19:30:00+01:00); null when absent. */
  public Instant instant(String name) {
    String value = string(name);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(
          name + " must be a date and time with an offset, such as 2026-12-01T19:30:00+01:00.");
    }
  }

  /** An array of strings; null when absent or null. */
  public List<String> strings(String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonArray array)) {
      throw new InvalidParameterException(name + " must be an array of strings.");
    }
    List<String> strings = new ArrayList<>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonString string)) {
        throw new InvalidParameterException(name + " must hold strings only.");
      }
      strings.add(string.getString());
    }
    return strings;
  }

  /** A nested array of objects; null when absent or null. */
  public List<JsonBody> objects(String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonArray array)) {
      throw new InvalidParameterException(name + " must be an array of objects.");
    }
    List<JsonBody> objects = new ArrayList<>();
    for (JsonValue item : array) {
      if (item.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidParameterException(name + " must hold objects only.");
      }
      objects.add(new JsonBody(item.asJsonObject()));
    }
    return objects;
  }

  /** The names of this object's members. */
  public java.util.Set<String> names() {
    return json.keySet();
  }

  /** A nested object; null when absent or null. */
  public JsonBody object(String name) {
    JsonValue value = json.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidParameterException(name + " must be an object.");
    }
    return new JsonBody(value.asJsonObject());
  }

  private static Long id(String name, JsonValue value) {
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      throw new InvalidParameterException(name + " must hold positive whole numbers.");
    }
    try {
      long id = number.longValueExact();
      if (id <= 0) {
        throw new InvalidParameterException(name + " must hold positive whole numbers.");
      }
      return id;
    } catch (ArithmeticException e) {
      throw new InvalidParameterException(name + " is out of range.");
    }
  }
}
