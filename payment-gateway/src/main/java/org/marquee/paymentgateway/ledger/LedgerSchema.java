package org.marquee.paymentgateway.ledger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Creates the processor's schema ({@code payment_gateway}: the vault and the ledger) when the
 * deployment starts, if it is not there yet. The simulator's data is a test double's, so its schema
 * is one idempotent script ({@code ledger.sql}) rather than migrations; several nodes starting at
 * once take turns on an advisory lock, so no two of them create a table at once.
 */
@Singleton
@Startup
public class LedgerSchema {

  /** The advisory lock's key: "gateway" in ASCII, apart from any lock Marquee takes. */
  private static final long LOCK = 0x67617465776179L;

  @PersistenceContext(unitName = "payment-gateway")
  EntityManager em;

  @PostConstruct
  void create() {
    em.createNativeQuery("select pg_advisory_xact_lock(" + LOCK + ")").getSingleResult();
    for (String statement : script().split(";\\s*\\n")) {
      if (!statement.isBlank()) {
        em.createNativeQuery(statement).executeUpdate();
      }
    }
  }

  private static String script() {
    try (InputStream in = LedgerSchema.class.getResourceAsStream("ledger.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
