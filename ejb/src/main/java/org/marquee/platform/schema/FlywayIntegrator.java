package org.marquee.platform.schema;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.marquee.platform.Settings;

/**
 * Migrates the database with Flyway while Hibernate builds the persistence unit, before Hibernate
 * validates its mappings against the schema. So the migrations in {@code db/migration} own the
 * schema, Hibernate never changes it, and a deployment whose code and schema disagree fails at
 * once. Every node may run it: Flyway serialises concurrent migrations with a database lock. A unit
 * with {@code marquee.schema.migrate=false} (the replica's, which replays what the primary does) is
 * left alone.
 */
public class FlywayIntegrator implements Integrator {

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    if ("false"
        .equals(String.valueOf(sessionFactory.getProperties().get("marquee.schema.migrate")))) {
      return;
    }
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    Flyway.configure(FlywayIntegrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(placeholders())
        .load()
        .migrate();
  }

  /**
   * The values the migrations leave to the installation: {@code showtimesPerPartition}, the size of
   * a range of the seat inventory's partitions ({@code marquee.db.showtimes-per-partition}, 100,000
   * by default; fixed once the first ranges exist, see V14).
   */
  public static Map<String, String> placeholders() {
    long perPartition = Settings.getLong("marquee.db.showtimes-per-partition", 100_000L);
    if (perPartition < 1) {
      throw new IllegalStateException("marquee.db.showtimes-per-partition must be positive");
    }
    return Map.of("showtimesPerPartition", Long.toString(perPartition));
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to undo: the schema stays
  }
}
