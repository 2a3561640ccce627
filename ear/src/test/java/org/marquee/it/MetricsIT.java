package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The metrics a monitoring system scrapes (wildfly-config/54-metrics.cli): Marquee's sales as they
 * happen, beside the server's own figures such as the database pool.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  private static final String WEB = "channel=\"web\"";

  @Inject CatalogFixture fixture;

  private static String metrics() {
    HttpResponse<String> answer = Http.get(Http.management("/metrics"));
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.body();
  }

  /** The value of the sample of {@code name} whose labels include {@code label}, or 0 if none. */
  private static double value(String metrics, String name, String label) {
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

  @Test
  void aSaleIsCountedBesideTheServersOwnFigures() {
    double sales = value(metrics(), "marquee_sales_total", WEB);
    double seats = value(metrics(), "marquee_seats_sold_total", WEB);
    double captured = value(metrics(), "marquee_payments_total", "outcome=\"captured\"");
    long showtime = fixture.freshShowtime("Counted", 800);
    List<Long> chosen = Buyer.seatIds(showtime).subList(0, 3);
    HttpResponse<String> bought = Buyer.register("counted").buy(showtime, chosen, Buyer.APPROVED);
    assertEquals(201, bought.statusCode(), bought.body());

    String after = metrics();
    assertEquals(sales + 1, value(after, "marquee_sales_total", WEB), 0.001, after);
    assertEquals(seats + 3, value(after, "marquee_seats_sold_total", WEB), 0.001);
    assertEquals(
        captured + 1, value(after, "marquee_payments_total", "outcome=\"captured\""), 0.001);
    assertTrue(value(after, "marquee_cache_reads_total", "result=\"miss\"") >= 1, after);
    assertTrue(after.contains("cache=\"seat-maps\"") && after.contains("cache=\"catalog\""));
    assertTrue(
        after.contains("marquee_purchases_waiting"),
        "the admission queue's length: "
            + after.lines().filter(l -> l.startsWith("marquee")).toList());
    assertTrue(
        after.contains("datasources_pool_active_count{") && after.contains("name=\"MarqueeDS\""),
        "the database pool's figures: " + after);
  }
}
