package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The login page of an account someone is guessing, in a real headless Chromium: the customer is
 * told how long to wait, not that the password is wrong, and nothing breaks; another account signs
 * in from the same browser at once. The guesses come through the trusted proxy from addresses of
 * their own ({@link LoginThrottlingIT}); the browser is the tests' own address.
 */
class LoginThrottlingPagesIT extends BrowserPages {

  private static final Pattern WAIT = Pattern.compile("Please try again in (\\d+) seconds");

  private void signIn(String email, String password) {
    browser.open("/login.xhtml");
    var field = browser.driver.findElement(By.id("login:email"));
    field.clear();
    field.sendKeys(email);
    field = browser.driver.findElement(By.id("login:password"));
    field.clear();
    field.sendKeys(password);
    browser.driver.findElement(By.id("login:signIn")).click();
  }

  @Test
  void aCustomerWhoseAccountIsGuessedIsToldHowLongToWait() throws InterruptedException {
    String email = LoginThrottlingIT.newAccount("page-guessed");
    // the attempts wait 16 s from now: time enough for a browser to load the page and sign in
    LoginThrottlingIT.guessUntilItWaits(email, 3);

    signIn(email, "correct horse");
    browser.waitUntil(
        () -> WAIT.matcher(browser.driver.getPageSource()).find(), "the wait is told");
    Matcher wait = WAIT.matcher(browser.driver.getPageSource());
    assertTrue(wait.find());
    int seconds = Integer.parseInt(wait.group(1));
    assertTrue(seconds >= 1 && seconds <= 16, seconds + " s");
    assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"), "not signed in");
    String page = browser.driver.getPageSource();
    assertFalse(page.contains("The email or password is wrong."), "the password was not judged");
    assertFalse(Http.showsStackTrace(page));
    browser.screenshot("must-wait");

    String other = LoginThrottlingIT.newAccount("page-other");
    signIn(other, "correct horse");
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/account/profile.xhtml"),
        "another account signs in at once");
  }
}
