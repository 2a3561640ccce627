package org.marquee.platform.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

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
        .load()
        .migrate();
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to undo: the schema stays
  }
}
