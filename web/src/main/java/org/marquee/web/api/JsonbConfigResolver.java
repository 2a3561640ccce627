package org.marquee.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as the API contract writes it: absent values appear as {@code null} (a client can tell "no
 * payment method" from a missing field), instants in ISO-8601 with their numeric offset.
 */
@Provider
public class JsonbConfigResolver implements ContextResolver<Jsonb> {

  private final Jsonb jsonb =
      JsonbBuilder.create(
          new JsonbConfig().withNullValues(true).withAdapters(new OffsetDateTimeAdapter()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
