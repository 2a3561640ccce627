package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The metrics a monitoring system scrapes (wildfly-config/54-metrics.cli, 56-prometheus.cli):
 * Marquee's sales as they happen, beside the server's own figures such as the database pool.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  private static final String WEB = "channel=\"web\"";

  @Inject CatalogFixture fixture;

  @Test
  void aSaleIsCountedBesideTheServersOwnFigures() {
    double sales = ServerMetrics.value(ServerMetrics.scrape(), "marquee_sales_total", WEB);
    double seats = ServerMetrics.value(ServerMetrics.scrape(), "marquee_seats_sold_total", WEB);
    double captured =
        ServerMetrics.value(
            ServerMetrics.scrape(), "marquee_payments_total", "outcome=\"captured\"");
    long showtime = fixture.freshShowtime("Counted", 800);
    List<Long> chosen = Buyer.seatIds(showtime).subList(0, 3);
    HttpResponse<String> bought = Buyer.register("counted").buy(showtime, chosen, Buyer.APPROVED);
    assertEquals(201, bought.statusCode(), bought.body());

    String after = ServerMetrics.scrape();
    assertEquals(sales + 1, ServerMetrics.value(after, "marquee_sales_total", WEB), 0.001, after);
    assertEquals(seats + 3, ServerMetrics.value(after, "marquee_seats_sold_total", WEB), 0.001);
    assertEquals(
        captured + 1,
        ServerMetrics.value(after, "marquee_payments_total", "outcome=\"captured\""),
        0.001);
    assertTrue(
        ServerMetrics.value(after, "marquee_cache_reads_total", "result=\"miss\"") >= 1, after);
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
