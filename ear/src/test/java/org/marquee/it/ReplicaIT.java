package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalog read from the streaming replica that db.sh started beside the tests' database
 * (MarqueeReplicaDS), as the replica's own statistics show: once the replica has replayed the last
 * change, never before (a replica whose replay is paused is passed over for the primary), never for
 * a sale, and not while it is down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(OrderAnnotation.class)
class ReplicaIT {

  /** The tables of the catalog's snapshot; any other table is none of the replica's business. */
  private static final Set<String> CATALOG =
      Set.of("movie", "theater", "auditorium", "seat", "showtime", "catalog_version");

  private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
  private static long movie;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  /** Scans (sequential and by index) of each table on the replica since it started. */
  private static Map<String, Long> replicaScans() throws SQLException {
    Map<String, Long> scans = new HashMap<>();
    try (Connection replica = TestDatabase.replica();
        Statement sql = replica.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0)"
                    + " from pg_stat_user_tables")) {
      while (rows.next()) {
        scans.put(rows.getString(1), rows.getLong(2));
      }
    }
    return scans;
  }

  private static void replay(String pauseOrResume) throws SQLException {
    try (Connection replica = TestDatabase.replica();
        Statement sql = replica.createStatement()) {
      sql.execute("select pg_wal_replay_" + pauseOrResume + "()");
    }
  }

  private static double builds(String source) {
    return ServerMetrics.value(
        ServerMetrics.scrape(), "marquee_catalog_builds_total", "source=\"" + source + "\"");
  }

  /**
   * Waits (up to 10 s) until the replica has replayed everything the primary wrote so far: under
   * load a replica may lag a moment behind a change, and Marquee then rightly reads the primary.
   */
  private static void awaitReplay() throws SQLException, InterruptedException {
    String written;
    try (Connection primary = TestDatabase.primary("marquee");
        Statement sql = primary.createStatement();
        ResultSet lsn = sql.executeQuery("select pg_current_wal_lsn()::text")) {
      lsn.next();
      written = lsn.getString(1);
    }
    try (Connection replica = TestDatabase.replica();
        PreparedStatement sql =
            replica.prepareStatement("select pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
      sql.setString(1, written);
      for (int i = 0; i < 100; i++) {
        try (ResultSet replayed = sql.executeQuery()) {
          replayed.next();
          if (replayed.getBoolean(1)) {
            return;
          }
        }
        Thread.sleep(100);
      }
    }
  }

  private static void rename(String title) {
    HttpResponse<String> renamed =
        AdminApi.send("PUT", "/api/v1/admin/movies/" + movie, AdminApi.movie(title, 95));
    assertEquals(200, renamed.statusCode(), renamed.body());
  }

  private static String title() {
    HttpResponse<String> answer = Http.get("/api/v1/movies/" + movie);
    assertEquals(200, answer.statusCode(), answer.body());
    return Http.object(answer).getString("title");
  }

  @Test
  @Order(1)
  void theCatalogIsReadFromTheReplicaOnceItHasReplayedTheLastChange() throws Exception {
    long movieScans = replicaScans().getOrDefault("movie", 0L);
    double fromReplica = builds("replica");
    movie =
        AdminApi.created(
            AdminApi.send("POST", "/api/v1/admin/movies", AdminApi.movie("Replica " + TAG, 95)));
    awaitReplay();

    assertEquals("Replica " + TAG, title(), "the new movie is in the catalog");
    assertTrue(builds("replica") > fromReplica, "the catalog was read anew from the replica");
    long scans = movieScans;
    for (int i = 0; i < 50 && scans <= movieScans; i++) {
      Thread.sleep(200); // the replica publishes its statistics within a second or so
      scans = replicaScans().getOrDefault("movie", 0L);
    }
    assertTrue(scans > movieScans, "the replica itself counts the catalog's read of movies");
  }

  @Test
  @Order(2)
  void aReplicaBehindTheLastChangeIsPassedOverForThePrimary() throws Exception {
    double fromPrimary = builds("primary");
    replay("pause");
    try {
      rename("Paused " + TAG);
      assertEquals("Paused " + TAG, title(), "no stale catalog from a replica that lags");
      assertTrue(builds("primary") > fromPrimary, "read from the primary instead");
    } finally {
      replay("resume");
    }
  }

  @Test
  @Order(3)
  void noSaleReadsTheReplica() throws Exception {
    long showtime = AdminApi.showtime(movie, AdminApi.auditorium(TAG, 4), 5);
    Map<String, Long> before = replicaScans();
    replay("pause"); // the replica would now show every seat as available
    try {
      long seat = Buyer.seatIds(showtime).get(1);
      HttpResponse<String> bought =
          Buyer.register("replica").buy(showtime, List.of(seat), Buyer.APPROVED);
      assertEquals(201, bought.statusCode(), bought.body());
      HttpResponse<String> again =
          Buyer.register("replica-late").buy(showtime, List.of(seat), Buyer.APPROVED);
      assertEquals(409, again.statusCode(), again.body());
      assertEquals("SOLD", Buyer.status(showtime, seat));
    } finally {
      replay("resume");
    }
    Thread.sleep(2500); // longer than the replica takes to publish its statistics
    Map<String, Long> after = replicaScans();
    after.forEach(
        (table, scans) -> {
          if (!CATALOG.contains(table)) {
            assertEquals(before.getOrDefault(table, 0L), scans, table + " was read on the replica");
          }
        });
  }

  @Test
  @Order(4)
  void whileTheReplicaIsDownThePrimaryServesAndOnceBackTheReplicaAgain() throws Exception {
    double fromPrimary = builds("primary");
    TestDatabase.script("stop-replica");
    try {
      rename("Alone " + TAG);
      assertEquals("Alone " + TAG, title());
      assertTrue(builds("primary") > fromPrimary, "the primary served the catalog");
    } finally {
      TestDatabase.script("start-replica");
    }
    // the tests' server leaves a failed replica alone for a second (retry-after-ms)
    double fromReplica = builds("replica");
    double replicaBuilds = fromReplica;
    for (int i = 0; i < 20 && replicaBuilds <= fromReplica; i++) {
      Thread.sleep(500);
      rename("Back " + i + " " + TAG);
      assertEquals("Back " + i + " " + TAG, title());
      replicaBuilds = builds("replica");
    }
    assertTrue(replicaBuilds > fromReplica, "the replica serves again once it is back");
  }
}
