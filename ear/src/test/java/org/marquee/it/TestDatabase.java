package org.marquee.it;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The tests' PostgreSQL as wildfly-config/bin/db.sh started it: the primary and its streaming
 * replica, reached as their owner, and the scripts of wildfly-config/bin/ run against it.
 */
final class TestDatabase {

  private TestDatabase() {}

  private static Path dir() {
    return Path.of(System.getProperty("marquee.test.pg-dir"));
  }

  private static Properties settings() {
    Properties db = new Properties();
    try (Reader in = Files.newBufferedReader(properties())) {
      db.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return db;
  }

  private static Connection connect(String portProperty, String database) throws SQLException {
    Properties db = settings();
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + db.getProperty(portProperty) + "/" + database,
        "marquee",
        db.getProperty("marquee.db.password"));
  }

  /** The primary's {@code database} (marquee, or postgres for its maintenance). */
  static Connection primary(String database) throws SQLException {
    return connect("marquee.db.port", database);
  }

  /** The replica's marquee database (read-only: a hot standby). */
  static Connection replica() throws SQLException {
    return connect("marquee.db.replica.port", "marquee");
  }

  /** Runs db.sh's {@code command} (stop-replica, start-replica) on the tests' database. */
  static void script(String command) throws IOException, InterruptedException {
    Process db =
        new ProcessBuilder(
                "bash",
                Path.of("../wildfly-config/bin/db.sh").toString(),
                command,
                dir().toString())
            .inheritIO()
            .start();
    if (db.waitFor() != 0) {
      throw new IllegalStateException("db.sh " + command + " failed");
    }
  }
}
