package org.marquee.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes src-docs/growth.md from the outputs of load-tests/growth.sh: the mixed day measured on the
 * same machine at several sizes of the data set (1×, 4×, 16× the showtimes and accounts, with a
 * week of past sales), each beside the pgbench booking baseline measured on that same database, so
 * the page shows how the cost of a purchase and of a read grows with the data.
 *
 * <p>Arguments: the growth output directory (one {@code scale-N} folder per size), the Markdown
 * file to write, then the run's settings: scales (space separated), duration, users, baseline
 * seconds.
 */
public final class GrowthReport {

  private GrowthReport() {}

  /** What one size of the data set gave. */
  record Size(
      String scale,
      String[] counts,
      long loadSeconds,
      long databaseMegabytes,
      double bookingTps,
      double seatMapTps,
      double purchasesPerSecond,
      Map<String, RunOutputs.Row> mixed,
      List<String> errors,
      long violations) {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Path markdown = Path.of(args[1]);
    String[] scales = args[2].trim().split("\\s+");
    String durationAsGiven = args[3];
    double duration = Double.parseDouble(durationAsGiven);
    String users = args[4];
    String baselineSeconds = args[5];

    List<Size> sizes = new ArrayList<>();
    for (String scale : scales) {
      Path dir = out.resolve("scale-" + scale);
      String[] sales = Files.readString(dir.resolve("mixed-day.txt")).trim().split("\\|");
      Map<String, String> facts = RunOutputs.pairs(dir.resolve("facts.txt"));
      sizes.add(
          new Size(
              scale,
              Files.readString(dir.resolve("dataset.txt")).trim().split("\\|"),
              Long.parseLong(facts.get("load seconds")),
              Long.parseLong(facts.get("database bytes")) / (1024 * 1024),
              RunOutputs.tps(dir.resolve("pgbench-booking.txt")),
              RunOutputs.tps(dir.resolve("pgbench-seatmap.txt")),
              Long.parseLong(sales[1]) / duration,
              RunOutputs.table(RunOutputs.latest(dir, "mixeddaysimulation")),
              RunOutputs.errors(dir.resolve("MixedDaySimulation.txt")),
              RunOutputs.violationCount(Files.readAllLines(dir.resolve("invariants.txt")))));
    }
    Map<String, String> machine = RunOutputs.pairs(out.resolve("machine.txt"));

    StringBuilder md = new StringBuilder();
    md.append("# How it grows\n\n")
        .append("Measured by `load-tests/growth.sh` on ")
        .append(machine.get("date"))
        .append(" (")
        .append(machine.get("cpu"))
        .append(", ")
        .append(machine.get("cores"))
        .append(" cores; WildFly, PostgreSQL and the load generators on the same machine; the")
        .append(" versions are those of [benchmarks.md](benchmarks.md)). Every figure was written")
        .append(
            " by [`GrowthReport`](../load-tests/src/test/java/org/marquee/load/GrowthReport.java)")
        .append(" from that run's output.\n\nReproduce: `SCALES=\"")
        .append(String.join(" ", scales))
        .append("\" DURATION=")
        .append(durationAsGiven)
        .append(" USERS=")
        .append(users)
        .append(" BASELINE_SECONDS=")
        .append(baselineSeconds)
        .append(" bash load-tests/growth.sh`. For each size it starts a fresh PostgreSQL and")
        .append(" WildFly, loads [`dataset.sql`](../load-tests/sql/dataset.sql) at that scale (the")
        .append(" future programme and a week of past sales), runs the pgbench booking and")
        .append(" seat-map baselines on that database, then the mixed day (")
        .append(users)
        .append(" users, ")
        .append(durationAsGiven)
        .append(" s: two reads to a purchase over every showtime), and checks the invariants.\n\n");

    md.append("## The data at each size\n\n| | ");
    sizes.forEach(s -> md.append(s.scale()).append("× | "));
    md.append("\n|---|");
    sizes.forEach(s -> md.append("---:|"));
    md.append("\n");
    List<String> names = RunOutputs.DATASET_COLUMNS;
    for (int i = 0; i < names.size(); i++) {
      int column = i;
      md.append("| ").append(names.get(i)).append(" | ");
      sizes.forEach(
          s -> md.append(column < s.counts().length ? s.counts()[column] : "–").append(" | "));
      md.append("\n");
    }
    md.append("| database size (MiB) | ");
    sizes.forEach(s -> md.append(s.databaseMegabytes()).append(" | "));
    md.append("\n| data set load (s) | ");
    sizes.forEach(s -> md.append(s.loadSeconds()).append(" | "));
    md.append("\n\n");

    Size first = sizes.get(0);
    md.append("## The mixed day at each size\n\n")
        .append("| | ")
        .append(String.join(" | ", sizes.stream().map(s -> s.scale() + "×").toList()))
        .append(" |\n|---|")
        .append("---:|".repeat(sizes.size()))
        .append("\n");
    row(md, "purchases/s (orders made)", sizes, s -> fmt(s.purchasesPerSecond()));
    row(
        md,
        "… relative to 1×",
        sizes,
        s -> ratio(s.purchasesPerSecond(), first.purchasesPerSecond()));
    row(md, "pgbench booking (transactions/s)", sizes, s -> fmt(s.bookingTps()));
    row(
        md,
        "purchases/s as a share of the booking",
        sizes,
        s -> ratio(s.purchasesPerSecond(), s.bookingTps()));
    row(md, "pgbench seat-map select (transactions/s)", sizes, s -> fmt(s.seatMapTps()));
    for (String request : List.of("movies now", "seat map", "purchase")) {
      row(md, request + " p50 / p95 / p99 (ms)", sizes, s -> percentiles(s.mixed().get(request)));
    }
    row(md, "requests/s, all kinds", sizes, s -> fmt(s.mixed().get("All Requests").perSecond()));
    row(md, "failed requests", sizes, s -> String.valueOf(s.mixed().get("All Requests").ko()));
    row(
        md,
        "… by kind, as Gatling printed them",
        sizes,
        s -> s.errors().isEmpty() ? "none" : String.join("; ", s.errors()).replace("|", "\\|"));
    row(md, "invariant violations", sizes, s -> String.valueOf(s.violations()));
    md.append(
        "\nA purchase's own work does not depend on the size of the data: it reads and writes the"
            + " rows of one showtime through indexes, so its cost should stay flat while the"
            + " tables grow; the catalog listing (`movies now`) grows with the number of"
            + " showtimes, which the cached catalog snapshot answers from memory. The pgbench"
            + " columns show what the same database does with the raw SQL at that size.\n");
    Files.createDirectories(markdown.getParent());
    Files.writeString(markdown, md.toString());
  }

  private interface Cell {
    String of(Size size);
  }

  private static void row(StringBuilder md, String name, List<Size> sizes, Cell cell) {
    md.append("| ").append(name).append(" | ");
    sizes.forEach(s -> md.append(cell.of(s)).append(" | "));
    md.append("\n");
  }

  private static String percentiles(RunOutputs.Row row) {
    return row == null ? "–" : row.p50() + " / " + row.p95() + " / " + row.p99();
  }

  private static String fmt(double value) {
    return BenchReport.fmt(value);
  }

  private static String ratio(double value, double baseline) {
    return BenchReport.ratio(value, baseline);
  }
}
