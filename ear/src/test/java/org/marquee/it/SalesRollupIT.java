package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.report.boundary.SalesFigures;
import org.marquee.report.boundary.SalesReportService;
import org.marquee.report.control.SalesRollup;

/**
 * The dashboard's daily rollup agrees with the orders: sales on both sides of midnight land on
 * their own days, today is read live, and a refund of a day already rolled up shows once the rollup
 * runs again, even when the day is older than the days it always rolls again.
 */
@ExtendWith(ArquillianExtension.class)
class SalesRollupIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject Clerks clerks;
  @Inject SalesProbe probe;
  @Inject AsAdmin asAdmin;
  @Inject SalesReportService reports;
  @Inject SalesRollup rollup;
  @Inject Clock clock;

  @Test
  void theRollupAgreesWithTheOrdersAcrossMidnightAndAfterALateRefund() throws Exception {
    ZoneId zone = clock.getZone();
    long showtime = fixture.largeShowtime("Rollup", 3, 1000);
    long movie = probe.movieOf(showtime);
    List<Long> seats = Buyer.seatIds(showtime);
    String clerk = clerks.newClerk();
    long lateEvening = sell(clerk, showtime, seats.subList(0, 10));
    long pastMidnight = sell(clerk, showtime, seats.subList(10, 15));
    long lastWeek = sell(clerk, showtime, seats.subList(15, 25));

    LocalDate today = LocalDate.now(clock);
    LocalDate yesterday = today.minusDays(1);
    LocalDate fiveDaysAgo = today.minusDays(5);
    probe.madeAt(lateEvening, today.atStartOfDay(zone).minusSeconds(30).toInstant(), zone);
    probe.madeAt(pastMidnight, today.atStartOfDay(zone).plusSeconds(1).toInstant(), zone);
    probe.madeAt(lastWeek, fiveDaysAgo.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone);

    roll();
    assertArrayEquals(new long[] {1, 10, 10_000}, probe.rolledUp(yesterday, movie), "23:59:30");
    assertArrayEquals(new long[] {1, 10, 10_000}, probe.rolledUp(fiveDaysAgo, movie));
    assertNull(probe.rolledUp(today, movie), "today is not rolled up: it is read live");
    SalesFigures figures = asAdmin.call(() -> reports.figures(7));
    assertAgreesWithTheOrders(figures);
    SalesFigures.MovieSales mine =
        mine(figures).orElseThrow(() -> new AssertionError("no figures for the movie"));
    assertEquals(25, mine.tickets(), "over the week: rolled-up days and today");
    assertEquals(25_000, mine.revenueCents());

    // Refunds after the days were rolled up: the showtime is cancelled, its orders refunded
    HttpResponse<String> cancelled =
        Http.request(
            "DELETE", "/api/v1/admin/showtimes/" + showtime, "Authorization", AdminApi.ADMIN);
    assertEquals(204, cancelled.statusCode(), cancelled.body());
    figures = asAdmin.call(() -> reports.figures(7));
    assertEquals(
        probe.truth(yesterday, zone, null)[1] + 10,
        day(figures, yesterday).tickets(),
        "until the rollup runs again, yesterday is read from it");
    assertEquals(probe.truth(today, zone, null)[1], day(figures, today).tickets(), "today: live");

    roll();
    assertNull(probe.rolledUp(yesterday, movie), "re-rolled: the last days always are");
    assertNull(probe.rolledUp(fiveDaysAgo, movie), "re-rolled for its refund, five days on");
    figures = asAdmin.call(() -> reports.figures(7));
    assertAgreesWithTheOrders(figures);
    assertTrue(mine(figures).isEmpty(), "nothing sold any more: " + mine(figures));
  }

  private long sell(String clerk, long showtime, List<Long> seats) {
    HttpResponse<String> sale =
        Http.post(
            "/api/v1/box-office/sales",
            Json.createObjectBuilder()
                .add("showtimeId", showtime)
                .add("seatIds", Buyer.ids(seats))
                .add("payment", Json.createObjectBuilder().add("method", "cash"))
                .build()
                .toString(),
            "Authorization",
            clerk);
    assertEquals(201, sale.statusCode(), sale.body());
    return Http.object(sale).getJsonNumber("id").longValue();
  }

  /** A run of the rollup of this node (the timer's run of another moment may hold the lock). */
  private void roll() throws InterruptedException {
    for (int attempt = 0; attempt < 20 && rollup.roll().isEmpty(); attempt++) {
      Thread.sleep(250);
    }
  }

  private void assertAgreesWithTheOrders(SalesFigures figures) {
    assertEquals(7, figures.days().size());
    for (SalesFigures.Day day : figures.days()) {
      long[] truth = probe.truth(day.date(), clock.getZone(), null);
      assertEquals(truth[1], day.tickets(), "tickets of " + day.date());
      assertEquals(truth[2], day.revenueCents(), "revenue of " + day.date());
    }
  }

  private static SalesFigures.Day day(SalesFigures figures, LocalDate date) {
    return figures.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
  }

  private Optional<SalesFigures.MovieSales> mine(SalesFigures figures) {
    return figures.movies().stream().filter(m -> m.title().startsWith("Rollup Film")).findFirst();
  }
}
