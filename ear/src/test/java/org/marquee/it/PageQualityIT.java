package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What every page owes its users beyond its function: no serious accessibility violation (axe-core,
 * WCAG 2.1 AA), a phone's width without sideways scrolling, seats picked with the keyboard alone,
 * the browser's language (German here), and errors that look like part of the product: a friendly
 * 404, an expired page explained, never a stack trace.
 */
class PageQualityIT extends BrowserPages {

  private JsonObject programme;

  @BeforeEach
  void seedProgramme() {
    programme = Http.object(Http.request("POST", "/api/v1/test-fixture/programme"));
  }

  private long showtime() {
    return programme.getJsonNumber("showtimeId").longValue();
  }

  private String movie() {
    return "/movies/movie.xhtml?id=" + programme.getJsonNumber("movieId").longValue();
  }

  private String seats() {
    return "/showtimes/seats.xhtml?id=" + showtime();
  }

  private void signIn(String email, String password) {
    browser.open("/login.xhtml");
    browser.driver.findElement(By.id("login:email")).sendKeys(email);
    browser.driver.findElement(By.id("login:password")).sendKeys(password);
    browser.driver.findElement(By.id("login:signIn")).click();
    browser.waitUntil(() -> !browser.driver.getCurrentUrl().contains("/login.xhtml"), "signed in");
  }

  private List<String> violations(String path) {
    browser.open(path);
    List<String> found = Axe.violations(browser);
    return found.stream().map(v -> path + " → " + v).toList();
  }

  @Test
  void theCustomerPagesHaveNoSeriousAccessibilityViolations() {
    Buyer buyer = Buyer.register("axe");
    List<Long> seats = Buyer.seatIds(showtime());
    HttpResponse<String> hold = buyer.hold(showtime(), List.of(seats.get(3)));
    assertEquals(201, hold.statusCode());
    HttpResponse<String> order = buyer.buy(showtime(), List.of(seats.get(4)), Buyer.APPROVED);
    assertEquals(201, order.statusCode());
    List<String> found = new ArrayList<>();
    for (String path :
        List.of("/", movie(), seats(), "/login.xhtml", "/register.xhtml", "/no-such-page")) {
      found.addAll(violations(path));
    }
    signIn(buyer.email, "correct horse");
    for (String path :
        List.of(
            "/account/checkout.xhtml?hold=" + Http.object(hold).getJsonNumber("holdId"),
            "/account/order.xhtml?id=" + Http.object(order).getJsonNumber("id"),
            "/account/tickets.xhtml",
            "/account/profile.xhtml",
            "/account/card.xhtml")) {
      found.addAll(violations(path));
    }
    assertEquals(List.of(), found, "axe-core, WCAG 2.1 A and AA, serious or critical");

    browser.open("/");
    browser.js("document.querySelector('main').appendChild(document.createElement('img'));");
    assertTrue(
        Axe.violations(browser).stream().anyMatch(v -> v.contains("image-alt")),
        "the check is live: an image without a text alternative is found");
  }

  @Test
  void theStaffPagesHaveNoSeriousAccessibilityViolations() {
    signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    List<String> found = new ArrayList<>();
    for (String path :
        List.of(
            "/boxoffice/sell.xhtml",
            "/boxoffice/door.xhtml",
            "/admin/dashboard.xhtml",
            "/admin/schedule.xhtml",
            "/admin/movies.xhtml",
            "/admin/theaters.xhtml",
            "/admin/auditorium.xhtml?theater=" + programme.getJsonNumber("theaterId"))) {
      found.addAll(violations(path));
    }
    assertEquals(List.of(), found, "axe-core, WCAG 2.1 A and AA, serious or critical");
  }

  @Test
  void onAPhonesWidthNothingScrollsSideways() {
    browser.resize(390, 844);
    for (String path : List.of("/", movie(), seats(), "/login.xhtml", "/register.xhtml")) {
      browser.open(path);
      assertFitsTheWidth(path);
    }
    browser.open(seats());
    browser.screenshot("phone-seat-map");
    browser.open("/");
    browser.screenshot("phone-home");
    signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    for (String path :
        List.of(
            "/boxoffice/door.xhtml",
            "/boxoffice/sell.xhtml",
            "/admin/dashboard.xhtml",
            "/admin/schedule.xhtml",
            "/admin/movies.xhtml",
            "/admin/theaters.xhtml",
            "/admin/auditorium.xhtml?theater=" + programme.getJsonNumber("theaterId"))) {
      browser.open(path);
      assertFitsTheWidth(path);
    }
    browser.open("/boxoffice/door.xhtml");
    browser.screenshot("phone-door");
  }

  private void assertFitsTheWidth(String path) {
    long scrollWidth =
        ((Number) browser.js("return document.documentElement.scrollWidth")).longValue();
    long width = ((Number) browser.js("return window.innerWidth")).longValue();
    assertTrue(
        scrollWidth <= width,
        path
            + " is "
            + scrollWidth
            + " px wide on "
            + width
            + "; too wide: "
            + browser.js(
                "return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
                    + " && e.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)"
                    + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className"
                    + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')"));
  }

  @Test
  void seatsArePickedWithTheKeyboardAlone() {
    browser.open(seats());
    WebElement body = browser.driver.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    assertEquals(
        "skip-link",
        browser.js("return document.activeElement.className"),
        "the first Tab reaches the skip link");
    long free = Buyer.seatIds(showtime()).get(4);
    String wanted = String.valueOf(free);
    for (int presses = 0; presses < 40; presses++) {
      if (wanted.equals(browser.js("return document.activeElement.dataset.seatId || ''"))) {
        break;
      }
      browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertEquals(wanted, browser.js("return document.activeElement.dataset.seatId || ''"));
    browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    By seat = By.cssSelector("button[data-seat-id='" + free + "']");
    browser.waitUntil(
        () -> "true".equals(browser.driver.findElement(seat).getAttribute("aria-pressed")),
        "Enter picks the seat");
    browser.waitUntil(
        () -> wanted.equals(browser.js("return document.activeElement.dataset.seatId || ''")),
        "the focus stays on the seat after the map is redrawn");
    browser.driver.switchTo().activeElement().sendKeys(Keys.SPACE);
    browser.waitUntil(
        () -> "false".equals(browser.driver.findElement(seat).getAttribute("aria-pressed")),
        "Space puts it back");
    browser.screenshot("keyboard");
  }

  @Test
  void aGermanBrowserGetsTheSiteInGerman() {
    browser.close();
    browser = new Browser("aGermanBrowserGetsTheSiteInGerman", "de-DE,de");
    browser.open("/");
    assertEquals("de", browser.js("return document.documentElement.lang"));
    assertEquals("Jetzt im Kino", browser.driver.findElement(By.tagName("h1")).getText());
    assertEquals("Jetzt im Kino · Marquee", browser.driver.getTitle());
    browser.open(movie());
    assertEquals("Vorstellungen", browser.driver.findElements(By.tagName("h2")).get(1).getText());
    String when = browser.driver.findElement(By.cssSelector("a.time-link")).getText();
    assertTrue(when.matches("(Mo|Di|Mi|Do|Fr|Sa|So)\\. \\d{1,2}\\. .*, \\d\\d:\\d\\d"), when);
    browser.open(seats());
    assertEquals("Leinwand", browser.driver.findElement(By.cssSelector(".screen")).getText());
    String legend = browser.driver.findElement(By.cssSelector(".legend")).getText();
    assertTrue(legend.contains("Standard 11,00 EUR"), "German words and decimal comma: " + legend);
    assertTrue(
        browser.driver.findElement(By.cssSelector(".basket")).getText().contains("freie Plätze"));
    browser.screenshot("german-seat-map");
    browser.open("/login.xhtml");
    browser.driver.findElement(By.id("login:signIn")).click();
    browser.waitUntil(
        () -> !browser.driver.findElements(By.cssSelector(".messages li, .field-error")).isEmpty(),
        "a refusal");
    String page = browser.driver.findElement(By.tagName("main")).getText();
    assertFalse(page.contains("Sign in"), "no English left on the sign-in page: " + page);
    browser.screenshot("german-login");
  }

  @Test
  void anUnknownAddressIsAFriendlyNotFoundPage() {
    for (String path :
        List.of(
            "/no-such-page", "/no-such-page.xhtml", "/movies/movie.xhtml?id=abc", seats() + "9")) {
      HttpResponse<String> response = Http.get(path);
      assertEquals(404, response.statusCode(), path);
      assertTrue(response.body().contains("site-header"), path + " has the site's frame");
      assertFalse(
          Http.showsStackTrace(response.body()),
          path + " shows no stack trace: " + response.body());
    }
    browser.open("/no-such-page");
    assertEquals("Page not found", browser.driver.findElement(By.tagName("h1")).getText());
    browser.driver.findElement(By.id("q")).sendKeys(programme.getString("title"));
    browser.driver.findElement(By.cssSelector("main button[type=submit]")).click();
    browser.waitUntil(
        () -> browser.driver.findElements(By.cssSelector("#now-showing .movie-card")).size() == 1,
        "the search of the 404 page finds the movie");
    browser.screenshot("not-found");
  }

  @Test
  void aFailureIsAFriendlyErrorPage() {
    HttpResponse<String> response = Http.get("/test-failure.xhtml");
    assertEquals(500, response.statusCode());
    assertTrue(response.body().contains("Something went wrong"), response.body());
    assertFalse(response.body().contains("on purpose"), "the failure's own text is not shown");
    assertFalse(Http.showsStackTrace(response.body()), response.body());
    browser.open("/test-failure.xhtml");
    assertEquals("Something went wrong", browser.driver.findElement(By.tagName("h1")).getText());
    browser.screenshot("error");
  }

  @Test
  void aPageLeftOpenPastItsSessionSaysSoInsteadOfFailing() {
    browser.open(seats());
    long free = Buyer.seatIds(showtime()).get(4);
    browser.driver.manage().deleteCookieNamed("JSESSIONID");
    browser.driver.findElement(By.cssSelector("button[data-seat-id='" + free + "']")).click();
    browser.waitUntil(
        () -> !browser.driver.findElements(By.id("expired")).isEmpty(),
        "the expired page, also for an ajax click");
    assertEquals("This page has expired", browser.driver.findElement(By.tagName("h1")).getText());
    String shown = browser.driver.findElement(By.tagName("body")).getText();
    assertFalse(shown.contains("Exception") || Http.showsStackTrace(shown), shown);
    browser.screenshot("expired");
  }
}
