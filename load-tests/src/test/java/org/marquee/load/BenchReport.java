package org.marquee.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes src-docs/benchmarks.md (and target/bench/summary.json) from what load-tests/run.sh left:
 * pgbench's outputs, the statistics table of each Gatling report, and the database's counts and
 * invariants after the run. Every figure it writes was read from those files; none is typed in.
 *
 * <p>Arguments: the run's output directory, Gatling's results directory, the Markdown file to
 * write, then the run's settings: scale, duration, users, buyers, baseline seconds.
 */
public final class BenchReport {

  private BenchReport() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Path gatling = Path.of(args[1]);
    Path markdown = Path.of(args[2]);
    String scale = args[3];
    String duration = args[4];
    String users = args[5];
    String buyers = args[6];
    String baselineSeconds = args[7];

    Map<String, String> machine = RunOutputs.pairs(out.resolve("machine.txt"));
    double bookingTps = RunOutputs.tps(out.resolve("pgbench-booking.txt"));
    double seatMapTps = RunOutputs.tps(out.resolve("pgbench-seatmap.txt"));
    double bookingLatency = RunOutputs.latency(out.resolve("pgbench-booking.txt"));
    double seatMapLatency = RunOutputs.latency(out.resolve("pgbench-seatmap.txt"));
    Map<String, RunOutputs.Row> reads =
        RunOutputs.table(RunOutputs.latest(gatling, "readstormsimulation"));
    Map<String, RunOutputs.Row> mixed =
        RunOutputs.table(RunOutputs.latest(gatling, "mixeddaysimulation"));
    Map<String, RunOutputs.Row> hot =
        RunOutputs.table(RunOutputs.latest(gatling, "hotshowsimulation"));
    String[] mixedCounts = Files.readString(out.resolve("mixed-day.txt")).trim().split("\\|");
    long orders = Long.parseLong(mixedCounts[1]); // [0] is the last order id before the run
    long seatsSold = Long.parseLong(mixedCounts[2]);
    String[] hotCounts = Files.readString(out.resolve("hot-show.txt")).trim().split("\\|");
    List<String> violations =
        Files.readAllLines(out.resolve("invariants.txt")).stream()
            .filter(l -> !l.isBlank())
            .toList();
    String dataset = Files.readString(out.resolve("dataset.txt")).trim();

    double seconds = Double.parseDouble(duration);
    double purchasesPerSecond = orders / seconds;
    RunOutputs.Row readsAll = reads.get("All Requests");
    RunOutputs.Row seatMaps = reads.get("seat map");
    RunOutputs.Row purchases = mixed.get("purchase");
    RunOutputs.Row hotAll = hot.get("All Requests");
    RunOutputs.Row hotPurchases = hot.get("hot purchase");

    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n")
        .append("Measured by `load-tests/run.sh` on ")
        .append(machine.get("date"))
        .append(". Every figure below was written by ")
        .append("[`BenchReport`](../load-tests/src/test/java/org/marquee/load/BenchReport.java)")
        .append(" from that run's own output; a rerun rewrites this page.\n\n")
        .append("Reproduce: `SCALE=")
        .append(scale)
        .append(" DURATION=")
        .append(duration)
        .append(" USERS=")
        .append(users)
        .append(" BUYERS=")
        .append(buyers)
        .append(" BASELINE_SECONDS=")
        .append(baselineSeconds)
        .append(" bash load-tests/run.sh` (the defaults but for SCALE, DURATION, USERS, BUYERS and")
        .append(" BASELINE_SECONDS are those of this page). Gatling's HTML reports, with their")
        .append(" charts, are in `load-tests/target/gatling/`, the raw outputs in")
        .append(" `load-tests/target/bench/`.\n\n");

    md.append("## Machine and versions\n\n| | |\n|---|---|\n");
    machine.forEach(
        (k, v) -> {
          if (!k.equals("date")) {
            md.append("| ").append(k).append(" | ").append(v).append(" |\n");
          }
        });
    md.append(
            "\nWildFly (one node, 2 GiB heap), PostgreSQL and the load generators (pgbench, Gatling)")
        .append(" share the machine. The PostgreSQL is the throwaway one of `db.sh`: `fsync`,")
        .append(" `synchronous_commit` and `full_page_writes` off, for the application and the")
        .append(" baseline alike.\n\n");

    String[] counts = dataset.split("\\|");
    List<String> names = RunOutputs.DATASET_COLUMNS;
    md.append("## Data set\n\n[`dataset.sql`](../load-tests/sql/dataset.sql) at scale ")
        .append(scale)
        .append(":\n\n| | |\n|---|---:|\n");
    for (int i = 0; i < Math.min(counts.length, names.size()); i++) {
      md.append("| ").append(names.get(i)).append(" | ").append(counts[i]).append(" |\n");
    }
    md.append(
        "\nThe booking baseline toggles seats between sold and free, so about half of its"
            + " transactions are sales and half refunds: a sale inserts the seat's claim and"
            + " writes the order and its ticket, a refund deletes the claim and cancels both (see"
            + " the script). A free seat has no row: the seat claims above are the seats sold.\n\n");

    md.append("## Baseline: PostgreSQL's own ceiling\n\n")
        .append("pgbench, 8 clients on 2 threads, ")
        .append(baselineSeconds)
        .append(" s each, against the same PostgreSQL while WildFly idles:\n\n")
        .append("| script | what one transaction does | transactions/s | mean latency (ms) |\n")
        .append("|---|---|---:|---:|\n")
        .append("| [`pgbench-booking.sql`](../load-tests/sql/pgbench-booking.sql) | a sale")
        .append(" (the seat's claim `INSERT … ON CONFLICT … DO UPDATE … WHERE` its hold ran")
        .append(
            " out, the order and ticket inserts) or a refund (the claim deleted, both cancelled) |")
        .append(fmt(bookingTps))
        .append(" | ")
        .append(fmt(bookingLatency))
        .append(
            " |\n| [`pgbench-seatmap.sql`](../load-tests/sql/pgbench-seatmap.sql) | the seat-map")
        .append(" select: one showtime's claims (its layout is cached on the node, not read) |")
        .append(fmt(seatMapTps))
        .append(" | ")
        .append(fmt(seatMapLatency))
        .append(" |\n\n");

    md.append("## Scenarios\n\n")
        .append("| scenario | figure | value | ratio to the baseline | target |\n")
        .append("|---|---|---:|---:|---|\n")
        .append("| read storm (")
        .append(users)
        .append(" users, ")
        .append(duration)
        .append(" s) | reads/s, all kinds | ")
        .append(fmt(readsAll.perSecond()))
        .append(" | ")
        .append(ratio(readsAll.perSecond(), seatMapTps))
        .append(" of the seat-map select | ≥ 30 % |\n")
        .append("| read storm | seat maps/s | ")
        .append(fmt(seatMaps.perSecond()))
        .append(" | ")
        .append(ratio(seatMaps.perSecond(), seatMapTps))
        .append(" of the seat-map select | |\n")
        .append("| mixed day (")
        .append(users)
        .append(" users, ")
        .append(duration)
        .append(" s) | purchases/s (orders made) | ")
        .append(fmt(purchasesPerSecond))
        .append(" | ")
        .append(ratio(purchasesPerSecond, bookingTps))
        .append(" of the booking | ≥ 30 % |\n")
        .append("| mixed day | seats sold | ")
        .append(seatsSold)
        .append(" in ")
        .append(orders)
        .append(" orders | | |\n")
        .append("| hot show (")
        .append(buyers)
        .append(" buyers at once, one 300-seat showtime) | seats sold / seats / live tickets | ")
        .append(hotCounts[0])
        .append(" / ")
        .append(hotCounts[1])
        .append(" / ")
        .append(hotCounts[2])
        .append(" | | sold out exactly |\n")
        .append("| hot show | requests failed (KO: 5xx, or a 201 without its tickets) | ")
        .append(hotAll.ko())
        .append(" of ")
        .append(hotAll.total())
        .append(" | | 0 |\n")
        .append("| hot show | purchase p99 (ms) | ")
        .append(hotPurchases.p99())
        .append(" | | < 300 ms |\n\n");

    md.append("Response times per request (ms), from Gatling:\n\n")
        .append("| scenario | request | count | failed | per s | p50 | p95 | p99 | max |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    appendRows(md, "read storm", reads);
    appendRows(md, "mixed day", mixed);
    appendRows(md, "hot show", hot);
    md.append("\nFailed requests by kind, as Gatling printed them:\n\n");
    for (String simulation :
        List.of("ReadStormSimulation", "MixedDaySimulation", "HotShowSimulation")) {
      List<String> errors = RunOutputs.errors(out.resolve(simulation + ".txt"));
      md.append("- ")
          .append(simulation)
          .append(": ")
          .append(errors.isEmpty() ? "none" : String.join("; ", errors))
          .append("\n");
    }
    md.append(
        "\nThe customers of the mixed day (200) and the hot show's buyers sign in before the"
            + " measured part (the `sign in` rows): each password's one PBKDF2 check happens"
            + " there, and their purchases then meet the node's cache of verified logins, as a"
            + " signed-in customer's do. The mixed day's purchases/s are the orders the database"
            + " holds after it, divided by its duration.\n");
    md.append(
        "\nIn the mixed day and the hot show a `409` (someone was faster) is a correct answer"
            + " and counts as OK; a failed request is a 5xx, a refused connection, or a `201`"
            + " whose tickets do not match its seats.\n\n");

    md.append("## Invariants after the run\n\n")
        .append("[`invariants.sql`](../load-tests/sql/invariants.sql): no seat sold twice, every")
        .append(" confirmed order with its tickets, sold claims and live tickets one to one, no")
        .append(" captured payment without an order, payments equal to order totals, totals equal")
        .append(" to the tickets' prices, no claim of an ended hold.\n\n```\n")
        .append(String.join("\n", violations))
        .append("\n```\n");
    md.append(
        "\nHow the mixed day's figures change with 4× and 16× the data (up to 1.6 million"
            + " tickets): [growth.md](growth.md), measured by `load-tests/growth.sh`.\n");
    Path history = Path.of("load-tests", "history.md");
    if (Files.exists(history)) {
      md.append("\n").append(Files.readString(history));
    }
    Files.createDirectories(markdown.getParent());
    Files.writeString(markdown, md.toString());

    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("bookingTps", bookingTps);
    summary.put("seatMapTps", seatMapTps);
    summary.put("readStormReadsPerSecond", readsAll.perSecond());
    summary.put("readStormKo", readsAll.ko());
    summary.put("mixedDayPurchasesPerSecond", purchasesPerSecond);
    summary.put("mixedDayPurchaseP99", purchases == null ? -1 : purchases.p99());
    summary.put("mixedDayKo", mixed.get("All Requests").ko());
    summary.put("hotShowSold", Long.parseLong(hotCounts[0]));
    summary.put("hotShowSeats", Long.parseLong(hotCounts[1]));
    summary.put("hotShowKo", hotAll.ko());
    summary.put("hotShowPurchaseP99", hotPurchases.p99());
    summary.put("invariantViolations", RunOutputs.violationCount(violations));
    StringBuilder json = new StringBuilder("{");
    summary.forEach(
        (k, v) ->
            json.append(json.length() > 1 ? "," : "")
                .append("\n  \"")
                .append(k)
                .append("\": ")
                .append(v));
    Files.writeString(out.resolve("summary.json"), json.append("\n}\n").toString());
  }

  private static void appendRows(
      StringBuilder md, String scenario, Map<String, RunOutputs.Row> rows) {
    rows.values()
        .forEach(
            r ->
                md.append("| ")
                    .append(scenario)
                    .append(" | ")
                    .append(r.name())
                    .append(" | ")
                    .append(r.total())
                    .append(" | ")
                    .append(r.ko())
                    .append(" | ")
                    .append(fmt(r.perSecond()))
                    .append(" | ")
                    .append(r.p50())
                    .append(" | ")
                    .append(r.p95())
                    .append(" | ")
                    .append(r.p99())
                    .append(" | ")
                    .append(r.max())
                    .append(" |\n"));
  }

  static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String ratio(double value, double baseline) {
    return baseline <= 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * value / baseline);
  }
}
