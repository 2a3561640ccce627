package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seat inventory's partitions (V14) on the real PostgreSQL, in a scratch database migrated by
 * the application's own migrations with ranges of ten showtimes (production: 100,000), so that
 * ranges fill up and end within a test: ranges are made ahead, a range is dropped whole once every
 * showtime in it has ended and no new showtime can fall into it, and never earlier.
 */
class SeatPartitionsIT {

  private static final String DB = "marquee_partitions";

  @BeforeAll
  static void migrateAScratchDatabase() throws SQLException {
    try (Connection admin = TestDatabase.primary("postgres");
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + DB + " with (force)");
      sql.execute("create database " + DB);
    }
    Flyway.configure(SeatPartitionsIT.class.getClassLoader())
        .dataSource(TestDatabase.primaryUrl(DB), "marquee", TestDatabase.password())
        .locations("classpath:db/migration")
        .placeholders(Map.of("showtimesPerPartition", "10"))
        .load()
        .migrate();
    try (Connection c = TestDatabase.primary(DB);
        Statement sql = c.createStatement()) {
      sql.execute(
          "insert into theater (id, name, city, address, time_zone)"
              + " values (1, 'Ranges', 'Berlin', 'Street 1', 'Europe/Berlin')");
      sql.execute("insert into auditorium (id, theater_id, name) values (1, 1, 'One')");
      sql.execute(
          "insert into seat (id, auditorium_id, row_label, seat_number, category)"
              + " values (1, 1, 'A', 1, 'STANDARD'), (2, 1, 'A', 2, 'STANDARD')");
      sql.execute(
          "insert into movie (id, title, runtime_minutes, rating, release_date)"
              + " values (1, 'Film', 90, 'PG', date '2026-01-01')");
      // showtimes 1..25, one a day: 1..10 ended more than a week ago, 11..17 since, 18..25 to come
      sql.execute(
          "insert into showtime (id, movie_id, auditorium_id, starts_at, ends_at, clean_until,"
              + " price_cents, currency)"
              + " select n, 1, 1, now() + (n - 18) * interval '1 day',"
              + " now() + (n - 18) * interval '1 day' + interval '90 minutes',"
              + " now() + (n - 18) * interval '1 day' + interval '105 minutes', 1000, 'EUR'"
              + " from generate_series(1, 25) n");
    }
  }

  @Test
  void rangesAreMadeAheadDroppedWholeOnceEndedAndNeverEarlier() throws SQLException {
    try (Connection c = TestDatabase.primary(DB);
        Statement sql = c.createStatement()) {
      assertEquals(List.of(0L, 1L, 2L), ranges(sql), "the migration made two ranges ahead");

      assertEquals(4, intOf(sql, "select seat_partitions_ensure(25)"), "two more ranges");
      assertEquals(List.of(0L, 1L, 2L, 3L, 4L), ranges(sql));
      assertEquals(0, intOf(sql, "select seat_partitions_ensure(25)"), "nothing twice");

      // seats taken at an ended showtime (5), the last one of range 1 (19), and one ahead (22)
      for (long showtime : List.of(5L, 19L, 22L)) {
        sql.execute(
            "insert into seat_hold (id, showtime_id, status, expires_at, created_at)"
                + " values ("
                + showtime
                + ", "
                + showtime
                + ", 'ACTIVE', now() + interval '10 minutes', now())");
        sql.execute(
            "insert into seat_claim values ("
                + showtime
                + ", 1, "
                + showtime
                + ", now() + interval '10 minutes'), ("
                + showtime
                + ", 2, null, null)");
      }

      assertEquals("0-9", stringOf(sql, "select seat_partitions_retire(now(), '7 days')"));
      assertEquals(List.of(1L, 2L, 3L, 4L), ranges(sql), "range 0 ended: gone, the rest stay");
      assertEquals(0, intOf(sql, "select count(*) from seat_claim where showtime_id = 5"));
      assertEquals(0, intOf(sql, "select count(*) from seat_hold where showtime_id = 5"));
      assertEquals(2, intOf(sql, "select count(*) from seat_claim where showtime_id = 19"));
      assertEquals(2, intOf(sql, "select count(*) from seat_claim where showtime_id = 22"));

      assertEquals(
          "10-19",
          stringOf(sql, "select seat_partitions_retire(now() + interval '30 days', '7 days')"),
          "range 1 once its last showtime ended a week ago; range 2 may still get showtimes");
      assertEquals(List.of(2L, 3L, 4L), ranges(sql));
      assertEquals(2, intOf(sql, "select count(*) from seat_claim where showtime_id = 22"));
      assertEquals(
          "", stringOf(sql, "select seat_partitions_retire(now() + interval '1 year', '7 days')"));

      // a showtime scheduled far ahead in ids gets its ranges, and its seats can be taken
      assertTrue(intOf(sql, "select seat_partitions_ensure(57)") > 0);
      assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), ranges(sql), "no retired range comes back");
      sql.execute(
          "insert into showtime (id, movie_id, auditorium_id, starts_at, ends_at, clean_until,"
              + " price_cents, currency) values (57, 1, 1, now() + interval '60 days',"
              + " now() + interval '60 days 90 minutes', now() + interval '60 days 105 minutes',"
              + " 1000, 'EUR')");
      sql.execute("insert into seat_claim values (57, 1, null, null)");
      assertEquals(1, intOf(sql, "select count(*) from seat_claim where showtime_id = 57"));
    }
  }

  @Test
  void aClaimCannotNameAHoldOfAnotherShowtime() throws SQLException {
    try (Connection c = TestDatabase.primary(DB);
        Statement sql = c.createStatement()) {
      sql.execute(
          "insert into seat_hold (id, showtime_id, status, expires_at, created_at)"
              + " values (1000, 23, 'ACTIVE', now() + interval '10 minutes', now())");
      SQLException refused =
          assertThrows(
              SQLException.class,
              () ->
                  sql.execute(
                      "insert into seat_claim values (24, 1, 1000, now() + interval '1 minute')"));
      assertTrue(refused.getMessage().contains("fk_seat_claim_hold"), refused.getMessage());
      assertFalse(
          intOf(sql, "select count(*) from seat_claim where showtime_id = 24") > 0, "nothing kept");
    }
  }

  private static List<Long> ranges(Statement sql) throws SQLException {
    List<Long> ranges = new ArrayList<>();
    List<Long> holds = new ArrayList<>();
    try (ResultSet rows =
        sql.executeQuery(
            "select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                + " where i.inhparent in ('seat_claim'::regclass, 'seat_hold'::regclass)"
                + " order by c.relname")) {
      while (rows.next()) {
        String name = rows.getString(1);
        long k = Long.parseLong(name.substring(name.lastIndexOf('s') + 1));
        (name.startsWith("seat_claim") ? ranges : holds).add(k);
      }
    }
    ranges.sort(null);
    holds.sort(null);
    assertEquals(ranges, holds, "claims and holds have the same ranges");
    return ranges;
  }

  private static int intOf(Statement sql, String query) throws SQLException {
    try (ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getInt(1);
    }
  }

  private static String stringOf(Statement sql, String query) throws SQLException {
    try (ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getString(1);
    }
  }
}
