package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Registering, signing in and out, and editing the profile in a real headless Chromium, with the
 * messages a person sees next to the fields, and the login page guarding the account pages.
 */
class AccountPagesIT extends BrowserPages {

  private final String email =
      "page-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

  private void type(String id, String text) {
    var field = browser.driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private void setDate(String id, String isoDate) {
    browser.js(
        "arguments[0].value = arguments[1];", browser.driver.findElement(By.id(id)), isoDate);
  }

  private String text(String css) {
    return browser.driver.findElement(By.cssSelector(css)).getText();
  }

  private void register(String password) {
    browser.open("/register.xhtml");
    type("register:email", email);
    type("register:password", password);
    type("register:displayName", "Page <b>Tester</b>");
    setDate("register:birthDate", "1985-06-15");
    browser.driver.findElement(By.id("register:create")).click();
  }

  @Test
  void registeringShowsFieldMessagesThenSignsIn() {
    register("short");
    browser.waitUntil(
        () -> !browser.driver.findElements(By.cssSelector(".field-error")).isEmpty(),
        "a message appears");
    assertTrue(text(".field-error").startsWith("password must be 8 to 128"), text(".field-error"));
    browser.screenshot("invalid");

    register("a good password");
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/account/profile.xhtml"),
        "lands on the profile");
    assertEquals(email, text("#profileEmail"));
    assertEquals(email, text(".account-nav .who"), "the header shows who is signed in");
    assertEquals(
        "Page <b>Tester</b>",
        browser.driver.findElement(By.id("profile:displayName")).getAttribute("value"),
        "stored and shown as typed, as text");
    browser.screenshot("profile");
  }

  @Test
  void theProfileCanBeEditedWithMessagesNextToTheFields() {
    register("a good password");
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/account/profile.xhtml"), "profile");

    setDate("profile:birthDate", "2999-01-01");
    browser.driver.findElement(By.id("profile:save")).click();
    browser.waitUntil(
        () -> !browser.driver.findElements(By.cssSelector(".field-error")).isEmpty(),
        "a message appears");
    assertTrue(text(".field-error").startsWith("birthDate"), text(".field-error"));

    type("profile:displayName", "Renamed Tester");
    setDate("profile:birthDate", "1980-02-29");
    browser.driver.findElement(By.id("profile:save")).click();
    browser.waitUntil(
        () -> browser.driver.getPageSource().contains("Your profile is saved."), "saved");
    browser.open("/account/profile.xhtml");
    assertEquals(
        "Renamed Tester",
        browser.driver.findElement(By.id("profile:displayName")).getAttribute("value"));
    assertEquals(
        "1980-02-29", browser.driver.findElement(By.id("profile:birthDate")).getAttribute("value"));
  }

  private void fillCard(String number, String month, String year, String cvc) {
    type("card:cardNumber", number);
    type("card:expMonth", month);
    type("card:expYear", year);
    type("card:cvc", cvc);
    type("card:holderName", "Page Tester");
    browser.driver.findElement(By.id("card:save")).click();
  }

  @Test
  void aCardIsAddedReplacedAndRemovedOnItsPage() {
    register("a good password");
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/account/profile.xhtml"), "profile");
    browser.driver.findElement(By.linkText("Stored card")).click();
    browser.waitUntil(() -> !browser.driver.findElements(By.id("noCard")).isEmpty(), "no card yet");

    fillCard("4242 4242 4242 4241", "12", "2031", "123");
    browser.waitUntil(
        () -> !browser.driver.findElements(By.cssSelector(".field-error")).isEmpty(), "refused");
    assertTrue(text(".field-error").startsWith("cardNumber"), text(".field-error"));
    assertEquals(
        "",
        browser.driver.findElement(By.id("card:cardNumber")).getAttribute("value"),
        "the typed number is not sent back");

    fillCard("4242 4242 4242 4242", "12", "2031", "123");
    browser.waitUntil(() -> !browser.driver.findElements(By.id("storedCard")).isEmpty(), "stored");
    assertEquals("VISA •••• 4242", text("#storedCard"));
    assertTrue(!browser.driver.getPageSource().contains("4242424242424242"));
    browser.screenshot("stored");

    fillCard("5555555555554444", "1", "2032", "321");
    browser.waitUntil(() -> text("#storedCard").endsWith("4444"), "replaced");
    assertEquals("MASTERCARD •••• 4444", text("#storedCard"));

    browser.driver.findElement(By.id("removeCard:remove")).click();
    browser.waitUntil(() -> !browser.driver.findElements(By.id("noCard")).isEmpty(), "removed");
  }

  @Test
  void accountPagesNeedASignInAndLeadBackAfterIt() {
    register("a good password");
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/account/profile.xhtml"), "profile");
    browser.driver.findElement(By.id("signOut:signOutButton")).click();
    browser.waitUntil(
        () -> !browser.driver.findElements(By.linkText("Sign in")).isEmpty(), "signed out");

    browser.open("/account/profile.xhtml");
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/login.xhtml"), "sent to the login page");

    type("login:email", email);
    type("login:password", "not the password");
    browser.driver.findElement(By.id("login:signIn")).click();
    browser.waitUntil(
        () -> browser.driver.getPageSource().contains("The email or password is wrong."),
        "a wrong password is told");
    browser.screenshot("wrong-password");

    type("login:email", email.toUpperCase());
    type("login:password", "a good password");
    browser.driver.findElement(By.id("login:signIn")).click();
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/account/profile.xhtml"),
        "back to the page that asked");
    assertEquals(email, text("#profileEmail"));
  }
}
