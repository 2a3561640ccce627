package org.marquee.it;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The tests' PostgreSQL as wildfly-config/bin/db.sh started it: the primary and its streaming
 * replica, reached as their owner, and the scripts of wildfly-config/bin/ run against it.
 */
final class TestDatabase {

  /**
   * The application name of the tests' own sessions, so that their statements are not taken for the
   * application's ({@link QueryPlansIT}); the in-container probes set it too ({@link TestTraffic}).
   */
  static final String APPLICATION = "marquee-tests";

  private TestDatabase() {}

  /** The directory db.sh keeps the database's state in (its datadir file names the data). */
  static Path dir() {
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
        url(db.getProperty(portProperty), database), "marquee", password());
  }

  private static String url(String port, String database) {
    return "jdbc:postgresql://127.0.0.1:"
        + port
        + "/"
        + database
        + "?ApplicationName="
        + APPLICATION;
  }

  /** The JDBC URL of the primary's {@code database}. */
  static String primaryUrl(String database) {
    return url(settings().getProperty("marquee.db.port"), database);
  }

  /** The password of the database's owner, marquee. */
  static String password() {
    return settings().getProperty("marquee.db.password");
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
    run(Map.of(), "db.sh", command, dir().toString());
  }

  /** The tests' database's properties file, as db.sh wrote it. */
  static Path properties() {
    return dir().resolve("db.properties");
  }

  /**
   * Runs {@code script} of wildfly-config/bin/ with {@code arguments} and {@code environment} added
   * to this one's; returns what it printed.
   */
  static String run(Map<String, String> environment, String script, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", "../wildfly-config/bin/" + script));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException(script + " failed: " + output);
    }
    return output;
  }
}
