package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No statement of the application scans a table that grows with history. Run last, in a failsafe
 * execution of its own (ear/pom.xml), once every other test has exercised the application: it reads
 * the statements the application ran from the test database's log (db.sh --log-statements), builds
 * a scratch database of the same schema with a year of a cinema chain's sales in it ({@code
 * query-plans/data-set.sql}, about a million tickets), and plans every statement there; it fails on
 * any {@code Seq Scan} of a big table, naming the statement and its plan.
 *
 * <p>Why the log and not pg_stat_statements: pg_stat_statements keeps a statement with its
 * constants replaced by parameters, and a generic plan of {@code status = $2} cannot use a partial
 * index {@code where status = 'ACTIVE'}, which the statement as written does. The log keeps the
 * text as the application sent it and the values it bound, and its CSV form names each session's
 * user, database and application: the application's sessions are {@code marquee} (MarqueeDS),
 * {@code marquee-replica-reads} (the catalog on the replica) and {@code payment-gateway} (the
 * simulator); the tests' own connections are {@code marquee-tests} (TestDatabase), and the
 * in-container probes name their transactions so too (TestTraffic).
 *
 * <p>Each statement is prepared ({@code PREPARE}) and planned as PostgreSQL would plan it once it
 * stops re-planning a prepared statement: a generic plan ({@code plan_cache_mode =
 * force_generic_plan}, every parameter unknown). A generic plan with a sequential scan is forgiven
 * only when the plan for the values the statement was run with has none: PostgreSQL keeps such
 * custom plans when the generic one costs more, as a scan of a big table does (an {@code enum}-like
 * parameter against a partial index, for one). The statements of the migrations, which Flyway runs
 * once through the application's datasource, are left out; the few scans that are right are listed
 * in {@link #ALLOWED}, each with its reason.
 */
class QueryPlansIT {

  /** The tables that grow with history (or with accounts), by schema-qualified name. */
  static final Set<String> BIG =
      Set.of(
          "public.account",
          "public.account_role",
          "public.payment_method",
          "public.showtime",
          "public.seat_hold",
          "public.seat_claim",
          "public.ticket_order",
          "public.ticket",
          "public.payment",
          "public.idempotency_key",
          "public.audit_event",
          "public.sales_day",
          "payment_gateway.card",
          "payment_gateway.charge");

  /** The applications whose statements are the application's. */
  static final Set<String> APPLICATIONS =
      Set.of("marquee", "marquee-replica-reads", "payment-gateway");

  /**
   * The only sequential scans of a big table allowed, each in one statement and for a reason: the
   * statement (a pattern of its text), the table, and why the scan is right.
   */
  record Allowed(Pattern statement, String table, String why) {}

  static final List<Allowed> ALLOWED =
      List.of(
          new Allowed(
              Pattern.compile(
                  "from ticket_order o join showtime s on s\\.id = o\\.showtime_id"
                      + " where o\\.created_at >= \\$\\d+ and o\\.created_at < \\$\\d+"),
              "public.showtime",
              "a day's orders per movie (SalesDays.FIGURES: the rollup, today's figures) hash"
                  + " their showtimes once; showtimes grow with the programme, hundreds a day,"
                  + " while a day's orders at the seed's rate are millions, so one pass over the"
                  + " showtimes costs less than an index lookup per order"));

  /** Where the schema's migrations are, whose statements Flyway runs once through MarqueeDS. */
  static final List<Path> MIGRATIONS =
      List.of(
          Path.of("../ejb/src/main/resources/db/migration"),
          Path.of("../payment-gateway/src/main/resources/org/marquee/paymentgateway/ledger"));

  private static final Pattern DML =
      Pattern.compile("^\\s*(select|insert|update|delete|with)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern INVENTORY = Pattern.compile("\\b(show_seat|seat_claim)\\b");

  /** A statement the application ran: its text, how often, and the values of its first run. */
  record Logged(String sql, List<String> values, int[] runs) {}

  @Test
  void noStatementOfTheApplicationScansABigTable() throws Exception {
    assumeTrue(
        Boolean.getBoolean("marquee.test.query-plans"),
        "runs in its own failsafe execution after the other tests (ear/pom.xml)");
    Path data = Path.of(Files.readString(TestDatabase.dir().resolve("datadir")).trim());
    Map<String, Logged> statements = new LinkedHashMap<>();
    for (String cluster : List.of("cluster", "replica")) {
      Path logs = data.resolve(cluster).resolve("log");
      if (Files.isDirectory(logs)) {
        try (Stream<Path> files = Files.list(logs)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
            read(file, statements);
          }
        }
      }
    }
    assertTrue(
        statements.size() > 0,
        "no statement of the application in the test database's log under "
            + data
            + " (db.sh start --log-statements)");

    long started = System.nanoTime();
    TestDatabase.script("stop-replica"); // it would only replay the data set below
    try (Connection admin = TestDatabase.primary("postgres");
        Statement st = admin.createStatement()) {
      st.execute(
          "select pg_terminate_backend(pid) from pg_stat_activity"
              + " where datname = 'marquee' and pid <> pg_backend_pid()");
      st.execute("drop database if exists marquee_plans");
      st.execute("create database marquee_plans template marquee");
    }
    List<String> report = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try (Connection db = TestDatabase.primary("marquee_plans");
        Statement st = db.createStatement()) {
      st.execute(
          "do $$ declare t text; begin"
              + " select string_agg(format('%I.%I', schemaname, tablename), ', ') into t"
              + " from pg_tables where schemaname in ('public', 'payment_gateway')"
              + " and tablename not in ('flyway_schema_history', 'catalog_version');"
              + " execute 'truncate ' || t || ' cascade'; end $$");
      try (InputStream in = QueryPlansIT.class.getResourceAsStream("/query-plans/data-set.sql")) {
        st.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      st.execute("analyze");
      report.add(
          String.format(
              Locale.ROOT,
              "data set loaded and analyzed in %.1f s; %d distinct statements of the application",
              (System.nanoTime() - started) / 1e9,
              statements.size()));
      int planned = 0;
      int unplannable = 0;
      String migrations = migrations();
      for (Logged statement : statements.values()) {
        String verdict;
        try {
          verdict =
              migrations.contains(words(statement.sql()))
                  ? "OK (a statement of a migration, run once by Flyway)"
                  : check(st, statement);
          planned++;
        } catch (SQLException e) {
          unplannable++;
          verdict = "NOT PLANNED (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
        String line =
            (INVENTORY.matcher(statement.sql()).find() ? "[seat inventory] " : "")
                + verdict
                + "\n  "
                + statement.sql()
                + "\n  run "
                + statement.runs()[0]
                + " times";
        report.add(line);
        if (verdict.startsWith("SEQ SCAN")) {
          failures.add(line + "\n" + textPlans(st, statement));
        }
      }
      report.add(
          0,
          planned
              + " planned, "
              + unplannable
              + " could not be prepared, "
              + failures.size()
              + " scan a big table");
    }
    Path out = Path.of("target", "query-plans.txt");
    Files.writeString(out, String.join("\n\n", report) + "\n");
    if (!failures.isEmpty()) {
      failures.sort(
          (a, b) -> Boolean.compare(a.startsWith("[seat inventory]"), b.startsWith("[seat")));
      fail(
          failures.size()
              + " statements of the application scan a table that grows with history (all"
              + " verdicts in "
              + out.toAbsolutePath()
              + "; those marked [seat inventory] read the inventory being rewritten):\n\n"
              + String.join("\n\n", failures));
    }
  }

  /** OK, OK (custom plan), or SEQ SCAN on the big tables it scans. */
  private static String check(Statement st, Logged statement) throws SQLException {
    st.execute("deallocate all");
    st.execute("prepare q as " + statement.sql());
    int parameters;
    try (ResultSet r =
        st.executeQuery(
            "select cardinality(parameter_types) from pg_prepared_statements where name = 'q'")) {
      r.next();
      parameters = r.getInt(1);
    }
    Set<String> generic =
        scans(plan(st, "force_generic_plan", String.join(", ", nulls(parameters))));
    if (generic.isEmpty()) {
      return "OK";
    }
    List<String> forgiven = new ArrayList<>();
    for (Allowed allowed : ALLOWED) {
      if (allowed.statement().matcher(statement.sql()).find() && generic.remove(allowed.table())) {
        forgiven.add(allowed.table() + ": " + allowed.why());
      }
    }
    if (generic.isEmpty()) {
      return "OK (allowed to scan " + String.join("; ", forgiven) + ")";
    }
    if (statement.values().size() == parameters
        && statement.values().stream().noneMatch(v -> v.endsWith("...'"))) {
      Set<String> custom =
          scans(plan(st, "force_custom_plan", String.join(", ", statement.values())));
      if (custom.isEmpty()) {
        return "OK (its custom plan; the generic one scans " + generic + ")";
      }
    }
    return "SEQ SCAN of " + generic;
  }

  /** The text of every migration, in lower case with single spaces. */
  private static String migrations() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path dir : MIGRATIONS) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
          all.append(words(Files.readString(file))).append(' ');
        }
      }
    }
    assertTrue(all.length() > 0, "no migrations under " + MIGRATIONS);
    return all.toString();
  }

  private static String words(String sql) {
    return sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static List<String> nulls(int n) {
    return java.util.Collections.nCopies(n, "null");
  }

  private static JsonArray plan(Statement st, String mode, String arguments) throws SQLException {
    st.execute("set plan_cache_mode = " + mode);
    try (ResultSet r =
        st.executeQuery(
            "explain (format json) execute q"
                + (arguments.isEmpty() ? "" : "(" + arguments + ")"))) {
      r.next();
      return Json.createReader(new StringReader(r.getString(1))).readArray();
    }
  }

  /** The big tables the plan reads with a Seq Scan. */
  static Set<String> scans(JsonValue plan) {
    Set<String> found = new TreeSet<>();
    walk(plan, found);
    return found;
  }

  private static void walk(JsonValue node, Set<String> found) {
    if (node instanceof JsonArray array) {
      array.forEach(v -> walk(v, found));
    } else if (node instanceof JsonObject object) {
      if ("Seq Scan".equals(object.getString("Node Type", null))) {
        String relation = object.getString("Relation Name");
        String table = object.getString("Schema", "public") + "." + parentOf(relation);
        // a partition the data set left empty (a range or a month ahead) has no page to read: the
        // planner rightly scans it for nothing, and a full one gets its index
        boolean emptyPartition =
            !relation.equals(parentOf(relation))
                && object.getJsonNumber("Total Cost").doubleValue() == 0.0;
        if (BIG.contains(table) && !emptyPartition) {
          found.add(table);
        }
      }
      object.values().forEach(v -> walk(v, found));
    }
  }

  /**
   * The table a partition belongs to: a plan names the partitions it scans (seat_claim_s0 of the
   * ranges of showtimes, idempotency_key_y2026m12 of the months), and a scan of one is a scan of
   * the table.
   */
  static String parentOf(String relation) {
    return relation.replaceFirst("_(s\\d+|y\\d{4}m\\d{2})$", "");
  }

  /** The generic plan, and the custom one for the logged values, as text for the report. */
  private static String textPlans(Statement st, Logged statement) {
    StringBuilder plans = new StringBuilder();
    try {
      st.execute("deallocate all");
      st.execute("prepare q as " + statement.sql());
      int parameters = statement.values().size();
      plans
          .append("  generic plan:\n")
          .append(textPlan(st, "force_generic_plan", parameters, null));
      if (parameters > 0) {
        plans
            .append("  plan for the values ")
            .append(statement.values())
            .append(":\n")
            .append(textPlan(st, "force_custom_plan", parameters, statement.values()));
      }
    } catch (SQLException e) {
      plans.append("  (").append(e.getMessage()).append(")");
    }
    return plans.toString();
  }

  private static String textPlan(Statement st, String mode, int parameters, List<String> values)
      throws SQLException {
    st.execute("set plan_cache_mode = " + mode);
    int n;
    try (ResultSet r =
        st.executeQuery(
            "select cardinality(parameter_types) from pg_prepared_statements where name = 'q'")) {
      r.next();
      n = r.getInt(1);
    }
    List<String> arguments = values != null && values.size() == n ? values : nulls(n);
    StringBuilder text = new StringBuilder();
    try (ResultSet r =
        st.executeQuery(
            "explain execute q" + (n == 0 ? "" : "(" + String.join(", ", arguments) + ")"))) {
      while (r.next()) {
        text.append("    ").append(r.getString(1)).append('\n');
      }
    }
    return text.toString();
  }

  // The log ---------------------------------------------------------------------------------------

  /** Adds the application's statements of one CSV log file (PostgreSQL 15's csvlog columns). */
  static void read(Path file, Map<String, Logged> statements) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> record;
      while ((record = record(in)) != null) {
        if (record.size() < 23
            || !"marquee".equals(record.get(1))
            || !"marquee".equals(record.get(2))
            || !APPLICATIONS.contains(record.get(22))) {
          continue;
        }
        String message = record.get(13);
        String sql;
        if (message.startsWith("statement: ")) {
          sql = message.substring("statement: ".length());
        } else if (message.startsWith("execute ") && !message.startsWith("execute fetch from")) {
          sql = message.substring(message.indexOf(": ") + 2);
        } else {
          continue;
        }
        sql = sql.strip();
        if (sql.endsWith(";")) {
          sql = sql.substring(0, sql.length() - 1);
        }
        if (!DML.matcher(sql).find() || sql.contains(";")) {
          continue;
        }
        Logged known = statements.get(sql);
        if (known == null) {
          statements.put(sql, new Logged(sql, values(record.get(14)), new int[] {1}));
        } else {
          known.runs()[0]++;
        }
      }
    }
  }

  /** The bound values of "parameters: $1 = '5', $2 = NULL", as SQL literals in order. */
  static List<String> values(String detail) {
    List<String> values = new ArrayList<>();
    if (!detail.startsWith("parameters: ")) {
      return values;
    }
    String s = detail.substring("parameters: ".length());
    int i = 0;
    while (i < s.length()) {
      int eq = s.indexOf(" = ", i);
      if (eq < 0) {
        break;
      }
      int start = eq + 3;
      int end;
      if (s.startsWith("NULL", start)) {
        end = start + 4;
      } else if (s.charAt(start) == '\'') {
        end = start + 1;
        while (end < s.length()) {
          if (s.charAt(end) == '\'') {
            if (end + 1 < s.length() && s.charAt(end + 1) == '\'') {
              end += 2;
              continue;
            }
            end++;
            break;
          }
          end++;
        }
      } else {
        break;
      }
      values.add(s.substring(start, end));
      i = end + 2; // ", "
    }
    return values;
  }

  /** The next CSV record (quoted fields may hold commas, quotes doubled, and line breaks). */
  static List<String> record(BufferedReader in) throws IOException {
    int c = in.read();
    if (c < 0) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    while (c >= 0) {
      if (quoted) {
        if (c == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next >= 0) {
              in.reset();
            }
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        break;
      } else if (c != '\r') {
        field.append((char) c);
      }
      c = in.read();
    }
    fields.add(field.toString());
    return fields;
  }
}
