package org.marquee.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.marquee.report.boundary.SalesFigures;
import org.marquee.report.boundary.SalesReportService;
import org.marquee.web.site.Messages;

/**
 * The sales dashboard (/admin/dashboard.xhtml): tickets and revenue per day over two weeks, per
 * movie, and the occupancy of the next showtimes, as PrimeFaces charts (Chart.js configurations
 * written here as JSON) and, for screen readers and exact numbers, as tables. The charts' labels
 * are in the page's language (keys dashboard.*).
 */
@Named
@RequestScoped
public class DashboardBacking {

  @Inject SalesReportService reports;

  private SalesFigures figures;

  @PostConstruct
  void load() {
    figures = reports.figures(14);
  }

  public SalesFigures getFigures() {
    return figures;
  }

  /** Tickets (bars) and revenue (a line, in major units) per day. */
  public String getPerDay() {
    List<SalesFigures.Day> days = figures.days();
    DateTimeFormatter day = Messages.dateFormat("dashboard.format.day");
    return chart(
        "bar",
        labels(days, d -> day.format(d.date())),
        Json.createArrayBuilder()
            .add(
                dataset(
                    Messages.text("dashboard.dataset.tickets"),
                    numbers(days, SalesFigures.Day::tickets),
                    "#ffcf5c",
                    "y"))
            .add(
                dataset(
                        Messages.text("dashboard.dataset.revenue"),
                        numbers(days, d -> d.revenueCents() / 100.0),
                        "#5fb878",
                        "y1")
                    .add("type", "line")),
        true);
  }

  /** Tickets per movie. */
  public String getPerMovie() {
    List<SalesFigures.MovieSales> movies = figures.movies();
    return chart(
        "bar",
        labels(movies, SalesFigures.MovieSales::title),
        Json.createArrayBuilder()
            .add(
                dataset(
                    Messages.text("dashboard.dataset.tickets"),
                    numbers(movies, SalesFigures.MovieSales::tickets),
                    "#ffcf5c",
                    "y")),
        false);
  }

  /** Percent of seats sold of each of the next showtimes. */
  public String getOccupancy() {
    List<SalesFigures.Occupancy> shows = figures.showtimes();
    return chart(
        "bar",
        labels(shows, o -> o.title() + " #" + o.showtimeId()),
        Json.createArrayBuilder()
            .add(
                dataset(
                    Messages.text("dashboard.dataset.occupancy"),
                    numbers(shows, SalesFigures.Occupancy::percent),
                    "#2f5f8a",
                    "y")),
        false);
  }

  public String money(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  private static <T> JsonArrayBuilder labels(List<T> items, Function<T, String> label) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    items.forEach(i -> labels.add(label.apply(i)));
    return labels;
  }

  private static <T> JsonArrayBuilder numbers(List<T> items, Function<T, Number> value) {
    JsonArrayBuilder numbers = Json.createArrayBuilder();
    items.forEach(i -> numbers.add(new BigDecimal(value.apply(i).toString())));
    return numbers;
  }

  private static JsonObjectBuilder dataset(
      String label, JsonArrayBuilder data, String color, String axis) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", color)
        .add("borderColor", color)
        .add("yAxisID", axis);
  }

  private static String chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean secondAxis) {
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("position", "left"));
    if (secondAxis) {
      scales.add(
          "y1", Json.createObjectBuilder().add("beginAtZero", true).add("position", "right"));
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder().add("responsive", true).add("scales", scales))
        .build()
        .toString();
  }
}
