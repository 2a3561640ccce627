package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's metrics in Prometheus' text format, as a scraper reads them. */
final class ServerMetrics {

  private ServerMetrics() {}

  static String scrape() {
    HttpResponse<String> answer = Http.get(Http.management("/metrics"));
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.body();
  }

  /** The value of the sample of {@code name} whose labels include {@code label}, or 0 if none. */
  static double value(String metrics, String name, String label) {
    Matcher line =
        Pattern.compile(
                "^"
                    + Pattern.quote(name)
                    + "\\{[^}]*"
                    + Pattern.quote(label)
                    + "[^}]*\\} ([0-9.eE+-]+)$",
                Pattern.MULTILINE)
            .matcher(metrics);
    return line.find() ? Double.parseDouble(line.group(1)) : 0;
  }
}
