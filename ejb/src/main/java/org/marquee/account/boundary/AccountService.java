package org.marquee.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.marquee.account.control.AccountRules;
import org.marquee.account.control.PasswordHasher;
import org.marquee.account.entity.Account;
import org.marquee.account.entity.PaymentMethod;
import org.marquee.account.entity.Role;
import org.marquee.payment.boundary.TokenizedCard;
import org.marquee.platform.Constraints;

/**
 * Accounts: anyone may register as a customer; a signed-in account reads only itself. Staff
 * accounts are made by administrators. Passwords are hashed here and nowhere kept in clear.
 */
@Stateless
public class AccountService {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher passwords;
  @Inject Clock clock;
  @Resource SessionContext session;

  @PermitAll
  public AccountView register(
      String email, String password, String displayName, LocalDate birthDate) {
    return create(email, password, displayName, birthDate, EnumSet.of(Role.CUSTOMER));
  }

  /** A customer who registers on the site in {@code language}: their mails come in it. */
  @PermitAll
  public AccountView register(
      String email, String password, String displayName, LocalDate birthDate, String language) {
    AccountView created = register(email, password, displayName, birthDate);
    byEmail(created.email()).preferLanguage(language);
    return created;
  }

  /** The language of the caller's mails ("en", "de"; another one is English). */
  @RolesAllowed("CUSTOMER")
  public String mailLanguage() {
    return byEmail(session.getCallerPrincipal().getName()).getLanguage();
  }

  /** The profile page: name, birth date, and the language of the caller's mails. */
  @RolesAllowed("CUSTOMER")
  public AccountView updateProfile(String displayName, LocalDate birthDate, String language) {
    AccountView updated = updateProfile(displayName, birthDate);
    byEmail(session.getCallerPrincipal().getName()).preferLanguage(language);
    return updated;
  }

  /** An account with staff roles (every account is also a customer). */
  @RolesAllowed("ADMIN")
  public AccountView createStaff(
      String email, String password, String displayName, Set<Role> roles) {
    return create(email, password, displayName, null, roles);
  }

  /** The signed-in caller's own account. */
  @RolesAllowed("CUSTOMER")
  public AccountView me() {
    Account account = byEmail(session.getCallerPrincipal().getName());
    return AccountView.of(account, paymentMethodOf(account));
  }

  /** The caller changes their own name and birth date. */
  @RolesAllowed("CUSTOMER")
  public AccountView updateProfile(String displayName, LocalDate birthDate) {
    Account account = byEmail(session.getCallerPrincipal().getName());
    account.updateProfile(
        AccountRules.displayName(displayName),
        AccountRules.birthDate(birthDate, LocalDate.now(clock)));
    return AccountView.of(account, paymentMethodOf(account));
  }

  /** Replaces the caller's stored card by a tokenized one (see PaymentMethodService). */
  @RolesAllowed("CUSTOMER")
  public PaymentMethodView storePaymentMethod(TokenizedCard card, String holderName) {
    Account account = byEmail(session.getCallerPrincipal().getName());
    removePaymentMethodOf(account);
    PaymentMethod method =
        new PaymentMethod(
            account,
            card.token(),
            card.brand(),
            card.last4(),
            card.expMonth(),
            card.expYear(),
            holderName,
            clock.instant());
    em.persist(method);
    return PaymentMethodView.of(method);
  }

  /** Forgets the caller's stored card, if there is one. */
  @RolesAllowed("CUSTOMER")
  public void removePaymentMethod() {
    removePaymentMethodOf(byEmail(session.getCallerPrincipal().getName()));
  }

  private void removePaymentMethodOf(Account account) {
    PaymentMethod old = paymentMethodOf(account);
    if (old != null) {
      em.remove(old);
      em.flush();
    }
  }

  private AccountView create(
      String email, String password, String displayName, LocalDate birthDate, Set<Role> roles) {
    String normalized = Account.normalizeEmail(AccountRules.email(email));
    AccountRules.password(password);
    String name = AccountRules.displayName(displayName);
    AccountRules.birthDate(birthDate, LocalDate.now(clock));
    if (!em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", normalized)
        .getResultList()
        .isEmpty()) {
      throw new EmailTakenException();
    }
    Account account =
        new Account(normalized, passwords.hash(password), name, birthDate, roles, clock.instant());
    try {
      em.persist(account);
      em.flush();
    } catch (PersistenceException e) {
      if (Constraints.violated(e, "ux_account_email")) {
        throw new EmailTakenException();
      }
      throw e;
    }
    return AccountView.of(account, null);
  }

  private Account byEmail(String email) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", email)
        .getSingleResult();
  }

  private PaymentMethod paymentMethodOf(Account account) {
    return em.createQuery(
            "select p from PaymentMethod p where p.account = :account", PaymentMethod.class)
        .setParameter("account", account)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
