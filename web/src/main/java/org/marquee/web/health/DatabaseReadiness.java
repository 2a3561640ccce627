package org.marquee.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness "database": a node is ready for traffic only while PostgreSQL answers, since it can
 * neither sell a seat nor show a seat map without it. A connection of the pool must pass the
 * driver's validity check within two seconds; the load balancer (or the orchestrator) takes the
 * node out while it does not, and back when the database is reachable again.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final String NAME = "database";
  static final int TIMEOUT_SECONDS = 2;

  /** Where a connection comes from: the datasource, or a test's stand-in. */
  interface Connections {
    Connection open() throws SQLException;
  }

  @Resource(lookup = "java:jboss/datasources/MarqueeDS")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    return check(dataSource::getConnection).as(NAME);
  }

  static Probe check(Connections connections) {
    long started = System.nanoTime();
    try (Connection connection = connections.open()) {
      boolean valid = connection.isValid(TIMEOUT_SECONDS);
      return new Probe(valid, Map.of("responseMillis", (System.nanoTime() - started) / 1_000_000));
    } catch (SQLException e) {
      // the state says what failed (08001: cannot connect) without the server's address
      return new Probe(
          false, Map.of("sqlState", sqlState(e), "error", e.getClass().getSimpleName()));
    }
  }

  /** The first SQL state among the causes: the pool wraps the driver's refusal in its own. */
  static String sqlState(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return "unknown";
  }
}
