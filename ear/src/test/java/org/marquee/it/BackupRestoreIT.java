package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin's backup and restore (wildfly-config/bin/backup.sh, restore.sh) on the tests' live
 * database, after a sale: the backup restored into a database of its own holds every row of it, and
 * the media store comes back with it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {

  private static final List<String> TABLES =
      List.of(
          "movie",
          "showtime",
          "seat_claim",
          "account",
          "ticket_order",
          "ticket",
          "payment",
          "idempotency_key",
          "payment_gateway.charge",
          "catalog_version",
          "flyway_schema_history");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  private static Map<String, Long> counts(Connection db) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement sql = db.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet row = sql.executeQuery("select count(*) from " + table)) {
          row.next();
          counts.put(table, row.getLong(1));
        }
      }
    }
    return counts;
  }

  @Test
  void aBackupRestoredHoldsEveryRowAndTheMediaStore() throws Exception {
    long showtime =
        AdminApi.showtime(
            AdminApi.created(
                AdminApi.send("POST", "/api/v1/admin/movies", AdminApi.movie("Backed up", 90))),
            AdminApi.auditorium("backup", 4),
            2);
    assertEquals(
        201,
        Buyer.register("backup")
            .buy(showtime, Buyer.seatIds(showtime).subList(0, 2), Buyer.APPROVED)
            .statusCode());

    Path work = Files.createTempDirectory("marquee-backup");
    Path media = Files.createDirectories(work.resolve("media/posters"));
    Files.writeString(media.resolve("1.png"), "a poster");
    Map<String, String> env = Map.of("MARQUEE_MEDIA_DIR", work.resolve("media").toString());
    Map<String, Long> before;
    List<String> files;
    try (Connection db = TestDatabase.primary("marquee")) {
      before = counts(db); // nothing inserts into these tables meanwhile: the tests run one by one
      files =
          TestDatabase.run(
                  env,
                  "backup.sh",
                  work.resolve("backups").toString(),
                  TestDatabase.properties().toString())
              .lines()
              .toList();
    }
    assertEquals(2, files.size(), "a dump and a media archive: " + files);
    assertTrue(before.get("ticket") >= 2);

    try (Connection postgres = TestDatabase.primary("postgres");
        Statement sql = postgres.createStatement()) {
      sql.execute("drop database if exists marquee_restored");
      sql.execute("create database marquee_restored");
    }
    Path restoredMedia = work.resolve("restored-media");
    TestDatabase.run(
        Map.of(
            "MARQUEE_DB_NAME", "marquee_restored", "MARQUEE_MEDIA_DIR", restoredMedia.toString()),
        "restore.sh",
        files.get(0),
        files.get(1),
        TestDatabase.properties().toString());
    try (Connection restored = TestDatabase.primary("marquee_restored")) {
      assertEquals(before, counts(restored), "every row of every table");
      try (Statement sql = restored.createStatement();
          ResultSet row =
              sql.executeQuery(
                  "select count(*) from ticket t join seat_claim c on c.showtime_id = t.showtime_id"
                      + " and c.seat_id = t.seat_id where t.showtime_id = "
                      + showtime
                      + " and c.hold_id is null")) {
        row.next();
        assertEquals(2, row.getLong(1), "the sale is in the backup, seats and tickets");
      }
    } finally {
      try (Connection postgres = TestDatabase.primary("postgres");
          Statement sql = postgres.createStatement()) {
        sql.execute("drop database if exists marquee_restored");
      }
    }
    assertEquals("a poster", Files.readString(restoredMedia.resolve("posters/1.png")));
  }
}
