package org.marquee.account.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.marquee.account.boundary.AccountService;
import org.marquee.account.entity.Account;
import org.marquee.account.entity.Role;
import org.marquee.platform.Settings;
import org.marquee.platform.StartupLock;

/**
 * Creates the first administrator of a production server, which starts with no account and no
 * default password: when the server is started with {@code MARQUEE_ADMIN_EMAIL} and {@code
 * MARQUEE_ADMIN_PASSWORD} in its environment (or the system properties {@code marquee.admin.email}
 * and {@code marquee.admin.password}) and no administrator exists yet, that account is created with
 * every role. Once an administrator exists the settings are ignored, so they can be removed. Nodes
 * starting together take their turns ({@link StartupLock}), so exactly one of them creates it.
 */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @PersistenceContext EntityManager em;
  @EJB AccountService accounts;

  public void createIfConfigured() {
    Optional<String> email = Settings.get("marquee.admin.email");
    Optional<String> password = Settings.get("marquee.admin.password");
    if (email.isEmpty() || password.isEmpty()) {
      return;
    }
    StartupLock.take(em);
    long admins =
        em.createQuery("select count(a) from Account a join a.roles r where r = :admin", Long.class)
            .setParameter("admin", Role.ADMIN)
            .getSingleResult();
    if (admins > 0) {
      LOG.info("An administrator exists already; the first-administrator settings are ignored");
      return;
    }
    String normalized = Account.normalizeEmail(email.get());
    accounts.createStaff(
        normalized, password.get(), "Administrator", EnumSet.of(Role.ADMIN, Role.CLERK));
    LOG.info("Created the first administrator, " + normalized);
  }
}
