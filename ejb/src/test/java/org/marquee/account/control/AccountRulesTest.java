package org.marquee.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marquee.account.boundary.InvalidAccountException;

class AccountRulesTest {

  private final LocalDate today = LocalDate.of(2026, 11, 24);

  @ParameterizedTest
  @ValueSource(strings = {"alice@marquee.example", "a.b+c@sub.example.co", "ÄNNE@beispiel.de"})
  void plausibleEmailsAreAccepted(String email) {
    assertEquals(email, AccountRules.email("  " + email + " "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "  ",
        "alice",
        "alice@",
        "@example.com",
        "a@b",
        "a b@example.com",
        "a@@b.com",
        "a@example..com",
        "a@.example.com"
      })
  void implausibleEmailsAreRefused(String email) {
    assertThrows(InvalidAccountException.class, () -> AccountRules.email(email));
  }

  @Test
  void overlongEmailsAreRefused() {
    assertThrows(
        InvalidAccountException.class,
        () -> AccountRules.email("a".repeat(60) + "@" + "b".repeat(200) + ".com"));
    assertThrows(InvalidAccountException.class, () -> AccountRules.email(null));
  }

  @Test
  void passwordsHave8To128Characters() {
    assertEquals("12345678", AccountRules.password("12345678"));
    assertEquals("x".repeat(128), AccountRules.password("x".repeat(128)));
    assertThrows(InvalidAccountException.class, () -> AccountRules.password("1234567"));
    assertThrows(InvalidAccountException.class, () -> AccountRules.password("x".repeat(129)));
    assertThrows(InvalidAccountException.class, () -> AccountRules.password(null));
    // characters, not UTF-16 units: eight emoji are eight characters
    assertEquals("😀".repeat(8), AccountRules.password("😀".repeat(8)));
  }

  @Test
  void displayNamesAreTrimmedNonEmptyAndAtMost100() {
    assertEquals("Alice", AccountRules.displayName("  Alice "));
    assertEquals("x".repeat(100), AccountRules.displayName("x".repeat(100)));
    assertThrows(InvalidAccountException.class, () -> AccountRules.displayName(" "));
    assertThrows(InvalidAccountException.class, () -> AccountRules.displayName(null));
    assertThrows(InvalidAccountException.class, () -> AccountRules.displayName("x".repeat(101)));
    assertThrows(InvalidAccountException.class, () -> AccountRules.displayName("Al\u0000ice"));
  }

  @Test
  void birthDatesAreOptionalAndInThePast() {
    assertNull(AccountRules.birthDate(null, today));
    assertEquals(today, AccountRules.birthDate(today, today));
    assertThrows(
        InvalidAccountException.class, () -> AccountRules.birthDate(today.plusDays(1), today));
    assertThrows(
        InvalidAccountException.class,
        () -> AccountRules.birthDate(LocalDate.of(1899, 12, 31), today));
  }
}
