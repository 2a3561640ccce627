package org.marquee.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person who signs in: a customer, a clerk or an administrator. The email is kept lower-case, so
 * it is unique and matched case-insensitively; the password is only ever kept as a hash.
 */
@Entity
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
public class Account {

  public static final String BY_EMAIL = "Account.byEmail";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "failed_login_count", nullable = false)
  private int failedLoginCount;

  @Column(name = "last_failed_login_at")
  private Instant lastFailedLoginAt;

  /** The language of the account's mails: one of {@link #LANGUAGES}. */
  @Column(name = "language")
  private String language = "en";

  @Version private long version;

  /** The languages Marquee writes in; English first, the default. */
  public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "de");

  protected Account() {}

  public Account(
      String email,
      String passwordHash,
      String displayName,
      LocalDate birthDate,
      Set<Role> roles,
      Instant createdAt) {
    this.email = normalizeEmail(email);
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.birthDate = birthDate;
    this.roles = EnumSet.of(Role.CUSTOMER);
    this.roles.addAll(roles);
    this.createdAt = createdAt;
  }

  /** The details a customer edits on the profile page. */
  public void updateProfile(String displayName, LocalDate birthDate) {
    this.displayName = displayName;
    this.birthDate = birthDate;
  }

  /** Mails in {@code language} from now on; a language Marquee does not write is English. */
  public void preferLanguage(String language) {
    this.language = supportedLanguage(language);
  }

  public static String supportedLanguage(String language) {
    String wanted = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
    return LANGUAGES.contains(wanted) ? wanted : LANGUAGES.get(0);
  }

  public String getLanguage() {
    return language;
  }

  public static String normalizeEmail(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getDisplayName() {
    return displayName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public int getFailedLoginCount() {
    return failedLoginCount;
  }

  public Instant getLastFailedLoginAt() {
    return lastFailedLoginAt;
  }
}
