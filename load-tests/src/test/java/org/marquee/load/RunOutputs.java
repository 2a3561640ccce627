package org.marquee.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads what the tools of a benchmark run printed: the statistics table of a Gatling report and the
 * errors of its console output, pgbench's throughput and latency, the invariants' last line, and
 * the run's "key|value" files. {@link BenchReport} writes the report from them.
 */
final class RunOutputs {

  /** One row of a Gatling statistics table: a request name and its figures. */
  record Row(
      String name,
      long total,
      long ok,
      long ko,
      double perSecond,
      long p50,
      long p95,
      long p99,
      long max,
      long mean) {}

  /**
   * The columns of the last line dataset.sql prints, in order. "seat claims" are the rows of
   * seat_claim, the seats held or sold (the data set's: its past sales' seats); the column once
   * counted show_seat's row for every seat of every showtime.
   */
  static final List<String> DATASET_COLUMNS =
      List.of(
          "movies",
          "theaters",
          "auditoriums",
          "showtimes",
          "seat claims (seats sold)",
          "accounts",
          "tickets",
          "orders");

  private static final Pattern ROW =
      Pattern.compile("<tr id=\"(?:ROOT|req_[^\"]*)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
  private static final Pattern CELL =
      Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

  /**
   * The last "---- Errors ----" block of Gatling's console output: "status.find.in(201,409), found
   * 503: 12 (100%)" per kind.
   */
  static List<String> errors(Path console) throws IOException {
    List<String> lines = Files.readAllLines(console);
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("---- Errors")) {
        start = i;
      }
    }
    List<String> errors = new ArrayList<>();
    for (int i = start + 1; start >= 0 && i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("> ")) {
        break;
      }
      errors.add(line.substring(2).replaceAll("\\s{2,}", " ").trim());
    }
    return errors;
  }

  /** The count of the last line, "invariants: 0 violations". */
  static long violationCount(List<String> lines) {
    Matcher m =
        Pattern.compile("invariants: (\\d+) violations")
            .matcher(lines.isEmpty() ? "" : lines.get(lines.size() - 1));
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  /** The statistics table of a Gatling report's index.html, by request name. */
  static Map<String, Row> table(Path report) throws IOException {
    String html = Files.readString(report.resolve("index.html"));
    Map<String, Row> rows = new LinkedHashMap<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      String body = row.group(1);
      Matcher name = NAME.matcher(body);
      if (!name.find()) {
        continue;
      }
      Map<Integer, String> cells = new LinkedHashMap<>();
      Matcher cell = CELL.matcher(body);
      while (cell.find()) {
        cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
      }
      rows.put(
          name.group(1),
          new Row(
              name.group(1),
              number(cells.get(2)),
              number(cells.get(3)),
              number(cells.get(4)),
              Double.parseDouble(cells.get(6).replace(",", "")),
              number(cells.get(8)),
              number(cells.get(10)),
              number(cells.get(11)),
              number(cells.get(12)),
              number(cells.get(13))));
    }
    if (!rows.containsKey("All Requests")) {
      throw new IllegalStateException("no statistics table in " + report);
    }
    return rows;
  }

  private static long number(String cell) {
    return cell == null || cell.equals("-") ? 0 : Long.parseLong(cell.replace(",", ""));
  }

  /** The newest report of a simulation. */
  static Path latest(Path gatling, String simulation) throws IOException {
    try (Stream<Path> dirs = Files.list(gatling)) {
      Optional<Path> newest =
          dirs.filter(d -> d.getFileName().toString().startsWith(simulation + "-"))
              .max(Path::compareTo);
      return newest.orElseThrow(() -> new IllegalStateException("no report of " + simulation));
    }
  }

  /** "tps = 1234.5 (without initial connection time)" of a pgbench output. */
  static double tps(Path output) throws IOException {
    return pgbench(output, "tps = ([0-9.]+)");
  }

  /** "latency average = 3.2 ms" of a pgbench output. */
  static double latency(Path output) throws IOException {
    return pgbench(output, "latency average = ([0-9.]+) ms");
  }

  private static double pgbench(Path output, String pattern) throws IOException {
    Matcher m = Pattern.compile(pattern).matcher(Files.readString(output));
    if (!m.find()) {
      throw new IllegalStateException("no " + pattern + " in " + output);
    }
    return Double.parseDouble(m.group(1));
  }

  static Map<String, String> pairs(Path file) throws IOException {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      int bar = line.indexOf('|');
      if (bar > 0) {
        pairs.put(line.substring(0, bar), line.substring(bar + 1));
      }
    }
    return pairs;
  }

  private RunOutputs() {}
}
