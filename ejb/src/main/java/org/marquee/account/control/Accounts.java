package org.marquee.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.marquee.account.entity.Account;
import org.marquee.account.entity.PaymentMethod;

/** Finds accounts for other areas (booking, box office) inside their transaction. */
@ApplicationScoped
public class Accounts {

  @PersistenceContext EntityManager em;

  /** The account of a signed-in caller, by the name of their principal (the email). */
  public Account byEmail(String email) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", email)
        .getSingleResult();
  }

  public Optional<PaymentMethod> paymentMethodOf(Account account) {
    return em.createQuery(
            "select p from PaymentMethod p where p.account = :account", PaymentMethod.class)
        .setParameter("account", account)
        .getResultStream()
        .findFirst();
  }
}
