package org.marquee.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.infinispan.Cache;
import org.marquee.account.entity.Account;
import org.marquee.platform.CredentialCache;

/**
 * Jakarta Security's view of the Account table: validates an email and password and names the
 * caller's roles; the caller principal is the account's lower-case email.
 *
 * <p>PBKDF2 is slow on purpose, and an API client sends its password with every request. A
 * successful check is therefore remembered for a few minutes in the node-local "credentials" cache
 * under an HMAC of email and password, keyed with a random secret that exists only in this node's
 * memory: the cache holds no password and nothing that can be checked against one offline. A wrong
 * password is never remembered, so it always costs the full hash.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  /** What is remembered of a successful login. */
  record Verified(String email, Set<String> roles) implements Serializable {}

  private final byte[] nodeSecret = new byte[32];

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher passwords;
  @Inject @CredentialCache Cache<String, Object> verified;

  public AccountIdentityStore() {
    new SecureRandom().nextBytes(nodeSecret);
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String email = Account.normalizeEmail(login.getCaller());
    String password = login.getPasswordAsString();
    String key = fingerprint(email, password);
    if (verified.get(key) instanceof Verified known) {
      return new CredentialValidationResult(known.email(), known.roles());
    }
    Account account =
        em.createNamedQuery(Account.BY_EMAIL, Account.class)
            .setParameter("email", email)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (account == null) {
      passwords.hash(password); // the same work as for a real account: no timing oracle
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!passwords.verify(password, account.getPasswordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Set<String> roles = account.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
    verified.put(key, new Verified(account.getEmail(), Set.copyOf(roles)));
    return new CredentialValidationResult(account.getEmail(), roles);
  }

  private String fingerprint(String email, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(nodeSecret, "HmacSHA256"));
      mac.update(email.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
