package org.marquee.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RunOutputs reads what Gatling and pgbench really print (fixtures copied from real runs). */
class RunOutputsTest {

  @TempDir Path dir;

  @Test
  void readsGatlingsStatisticsTable() throws IOException {
    Path report = dir.resolve("readstormsimulation-1");
    Files.createDirectories(report);
    try (InputStream table = getClass().getResourceAsStream("/gatling-stats-table.html")) {
      Files.write(report.resolve("index.html"), table.readAllBytes());
    }
    Map<String, RunOutputs.Row> rows = RunOutputs.table(report);
    assertEquals(
        List.of("All Requests", "movies now", "showtimes in a city", "seat map"),
        List.copyOf(rows.keySet()));
    RunOutputs.Row all = rows.get("All Requests");
    assertEquals(1626, all.total());
    assertEquals(0, all.ko());
    assertEquals(271.0, all.perSecond());
    assertEquals(9, all.p50());
    assertEquals(33, all.p95());
    assertEquals(50, all.p99());
    assertEquals(90, all.max());
    assertEquals(542, rows.get("seat map").ok());
  }

  @Test
  void readsPgbenchsThroughputAndLatency() throws IOException {
    Path output = dir.resolve("pgbench.txt");
    Files.writeString(
        output,
        String.join(
            "\n",
            "transaction type: seatmap.sql",
            "number of clients: 8",
            "number of transactions actually processed: 12345",
            "latency average = 1.944 ms",
            "initial connection time = 12.3 ms",
            "tps = 4115.268 (without initial connection time)"));
    assertEquals(4115.268, RunOutputs.tps(output));
    assertEquals(1.944, RunOutputs.latency(output));
  }

  @Test
  void readsTheLastErrorsBlockOfGatlingsConsole() throws IOException {
    Path console = dir.resolve("console.txt");
    Files.writeString(
        console,
        String.join(
            "\n",
            "---- Errors --------",
            "> status.find.in(201,409), found 503                      13 (100%)",
            "",
            "---- Errors --------",
            "> status.find.in(201,409), found 503                      20 (90.91%)",
            "> status.find.in(201,409), found 500                       2 (9.09%)",
            "",
            "---- hot show ------"));
    assertEquals(
        List.of(
            "status.find.in(201,409), found 503 20 (90.91%)",
            "status.find.in(201,409), found 500 2 (9.09%)"),
        RunOutputs.errors(console));
  }

  @Test
  void countsTheViolationsFromTheLastLine() {
    assertEquals(0, RunOutputs.violationCount(List.of("invariants: 0 violations")));
    assertEquals(
        2,
        RunOutputs.violationCount(
            List.of("seat sold twice|12|3", "seat sold twice|12|4", "invariants: 2 violations")));
  }

  /** BenchReport and GrowthReport label dataset.sql's counts by position: the order must match. */
  @Test
  void namesTheColumnsOfDatasetSqlsLastLineInTheirOrder() throws IOException {
    String sql = Files.readString(Path.of("sql", "dataset.sql"));
    String summary = sql.substring(sql.lastIndexOf("select (select count(*) from movie)"));
    Matcher alias = Pattern.compile("\\) as ([a-z_]+)").matcher(summary);
    List<String> aliases = new ArrayList<>();
    while (alias.find()) {
      aliases.add(alias.group(1).replace('_', ' '));
    }
    assertEquals(RunOutputs.DATASET_COLUMNS.size(), aliases.size(), aliases.toString());
    for (int i = 0; i < aliases.size(); i++) {
      String column = RunOutputs.DATASET_COLUMNS.get(i);
      assertTrue(column.startsWith(aliases.get(i)), column + " is not " + aliases.get(i));
    }
  }
}
