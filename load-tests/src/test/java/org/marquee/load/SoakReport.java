package org.marquee.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes src-docs/soak.md from what load-tests/soak.sh left: pgbench's booking baseline, the
 * statistics table of Gatling's SoakSimulation report, the database's counts and settle time, and
 * both sets of invariants. Every figure it writes was read from those files; none is typed in.
 *
 * <p>Arguments: the run's output directory, Gatling's results directory, the Markdown file to
 * write, then the run's settings: duration, users, baseline seconds.
 */
public final class SoakReport {

  private SoakReport() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Path gatling = Path.of(args[1]);
    Path markdown = Path.of(args[2]);
    String duration = args[3];
    String users = args[4];
    String baselineSeconds = args[5];

    Map<String, String> machine = RunOutputs.pairs(out.resolve("machine.txt"));
    Map<String, String> soak = RunOutputs.pairs(out.resolve("soak.txt"));
    double bookingTps = RunOutputs.tps(out.resolve("pgbench-booking.txt"));
    Map<String, RunOutputs.Row> table =
        RunOutputs.table(RunOutputs.latest(gatling, "soaksimulation"));
    List<String> invariants = lines(out.resolve("invariants.txt"));
    List<String> soakInvariants = lines(out.resolve("soak-invariants.txt"));

    RunOutputs.Row purchases = table.get("purchase");
    RunOutputs.Row repeats = table.get("repeat");
    RunOutputs.Row cancels = table.get("cancel order");
    RunOutputs.Row maps = table.get("soak seat map");
    RunOutputs.Row all = table.get("All Requests");
    double seconds = Double.parseDouble(duration);
    long confirmed = count(soak, "orders-confirmed") + count(soak, "orders-refunded");
    double soldPerSecond = confirmed / seconds;

    StringBuilder md = new StringBuilder();
    md.append("# Soak: the sale under faults, measured\n\n")
        .append("Written by `bash load-tests/soak.sh` (")
        .append(seconds > 0 ? duration + " s" : "")
        .append(" of load, ")
        .append(users)
        .append(" careful buyers) on ")
        .append(machine.getOrDefault("date", "?"))
        .append(". Every figure below was read from the run's own outputs by ")
        .append("[`SoakReport`](../load-tests/src/test/java/org/marquee/load/SoakReport.java); ")
        .append("rerun the command to measure again.\n\n")
        .append("The scenario ([`SoakSimulation`](../load-tests/src/test/java/org/marquee/load/")
        .append("SoakSimulation.java)) is the suite's `FaultInjectionIT`, longer and measured: ")
        .append("buyers on a dozen busy showtimes of the benchmark data set buy one or two free ")
        .append("seats with a card (declined one time in ten) under an `Idempotency-Key`, send ")
        .append("the purchase again under the same key after a `503`, a `429` or a `409` ")
        .append("`request-in-progress` (six times at most, 300 ms apart), and cancel one order in ")
        .append("five. Every 1.5 s the built-in gateway turns normal (40 %), slow (400 ms, 20 %), ")
        .append("slower than the server's 2 s timeout (2.6 s, 20 %) or failing (20 %); four of ")
        .append("the busy showtimes are cancelled while they sell. The server settles payments ")
        .append("left open for 20 s (`marquee.payments.settle-after`), every 5 s.\n\n");

    md.append("## The machine\n\n| | |\n|---|---|\n");
    machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));

    md.append("\n## Throughput and latency\n\n")
        .append("| request | count | OK | KO | per second | p50 ms | p95 ms | p99 ms | max ms |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (RunOutputs.Row row : new RunOutputs.Row[] {purchases, repeats, cancels, maps, all}) {
      if (row != null) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %.1f | %d | %d | %d | %d |%n",
                row.name(),
                row.total(),
                row.ok(),
                row.ko(),
                row.perSecond(),
                row.p50(),
                row.p95(),
                row.p99(),
                row.max()));
      }
    }
    md.append(
            "\nOK is every answer the contract allows a purchase under faults (`201`, `402`, "
                + "`409`, `429`, `503`; `200` or `409` for a cancellation); KO is anything "
                + "else, a `500` above all. Latencies include the gateway's own delays, which "
                + "the scenario sets.\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "Baseline, same run, same PostgreSQL: pgbench's raw booking transaction at "
                    + "**%.0f/s** (%s s, 8 clients). Orders made under faults: **%.2f/s**, "
                    + "%.2f %% of the baseline; the faults, not the machine, set this figure "
                    + "(see benchmarks.md for the purchase rate without them).%n%n",
                bookingTps,
                baselineSeconds,
                soldPerSecond,
                100 * soldPerSecond / bookingTps));

    md.append("## What the sales came to\n\n| | |\n|---|---|\n");
    soak.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    md.append(
        "\n`settle-seconds`: from the end of the load until no payment was `PENDING` or "
            + "`REFUND_DUE`. `adopted-payments`: purchases whose charge went unanswered and whose "
            + "repeat adopted that very payment and sold (one charge, not two).\n\n");

    md.append("## Invariants\n\n```\n");
    invariants.forEach(l -> md.append(l).append('\n'));
    soakInvariants.forEach(l -> md.append(l).append('\n'));
    md.append("```\n\n")
        .append(
            "[`invariants.sql`](../load-tests/sql/invariants.sql): no seat sold twice, sold "
                + "claims and live tickets one to one, every confirmed order paid in full, "
                + "totals the tickets' prices. [`soak-invariants.sql`](../load-tests/sql/"
                + "soak-invariants.sql): no confirmed order or sold seat of a cancelled "
                + "showtime, no charge "
                + "holding money without a confirmed order, no purchase holding money twice, "
                + "every confirmed order charged exactly once, no payment left unsettled.\n");
    long violations =
        RunOutputs.violationCount(invariants) + RunOutputs.violationCount(soakInvariants);
    md.append(
        violations == 0
            ? "\n**No violation.**\n"
            : "\n**" + violations + " violations: a defect to fix, not a figure to report.**\n");
    Files.writeString(markdown, md.toString());
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
  }

  private static long count(Map<String, String> pairs, String key) {
    return Long.parseLong(pairs.getOrDefault(key, "0").trim());
  }
}
