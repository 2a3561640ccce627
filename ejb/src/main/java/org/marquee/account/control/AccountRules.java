package org.marquee.account.control;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.marquee.account.boundary.InvalidAccountException;

/**
 * What a registration must satisfy, field by field, with messages a person can act on. Pure logic,
 * so it is unit-tested without a container.
 */
public final class AccountRules {

  public static final int MIN_PASSWORD = 8;
  public static final int MAX_PASSWORD = 128;
  public static final int MAX_DISPLAY_NAME = 100;
  public static final int MAX_EMAIL = 254;

  /** One @, a dot in the domain, no spaces: deliverability is the mail server's job, not ours. */
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

  private AccountRules() {}

  public static String email(String email) {
    if (email == null || email.isBlank()) {
      throw new InvalidAccountException("email is required.");
    }
    String trimmed = email.trim();
    if (trimmed.length() > MAX_EMAIL || !EMAIL.matcher(trimmed).matches()) {
      throw new InvalidAccountException("email is not a valid email address.");
    }
    return trimmed;
  }

  public static String password(String password) {
    if (password == null) {
      throw new InvalidAccountException("password is required.");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_PASSWORD || length > MAX_PASSWORD) {
      throw new InvalidAccountException(
          "password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long.");
    }
    return password;
  }

  public static String displayName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      throw new InvalidAccountException("displayName is required.");
    }
    String trimmed = displayName.trim();
    if (trimmed.length() > MAX_DISPLAY_NAME || trimmed.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidAccountException(
          "displayName must be at most " + MAX_DISPLAY_NAME + " printable characters.");
    }
    return trimmed;
  }

  /** Optional; not in the future, and not before 1900. */
  public static LocalDate birthDate(LocalDate birthDate, LocalDate today) {
    if (birthDate != null
        && (birthDate.isAfter(today) || birthDate.isBefore(LocalDate.of(1900, 1, 1)))) {
      throw new InvalidAccountException("birthDate must be a past date after 1900.");
    }
    return birthDate;
  }
}
