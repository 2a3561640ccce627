package org.marquee.web.health;

import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** What a check found: up or down, and the figures it reports beside. */
record Probe(boolean up, Map<String, Object> data) {

  HealthCheckResponse as(String name) {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(name).status(up);
    data.forEach(
        (key, value) -> {
          if (value instanceof Number number) {
            response.withData(key, number.longValue());
          } else {
            response.withData(key, String.valueOf(value));
          }
        });
    return response.build();
  }
}
