package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A customer's whole visit in a real headless Chromium, one screenshot per step: finding a movie on
 * the home page by city, theater, day, genre and title; its page with poster, facts, a trailer that
 * plays and seeks, and showtimes by theater and day; the seat map with its screen, categories and
 * prices, a wheelchair space, someone else's held and sold seats and a running total; signing in,
 * checkout with the hold's countdown and a new card; the confirmation with QR codes; "My tickets",
 * upcoming, then past once the show has ended, with the PDF; the profile and the stored card.
 */
class CustomerJourneyIT extends BrowserPages {

  private JsonObject journey;

  private List<String> titlesShown() {
    return browser.driver.findElements(By.cssSelector("#now-showing .movie-card h2")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void choose(String selectId, String visibleText) {
    new Select(browser.driver.findElement(By.id(selectId))).selectByVisibleText(visibleText);
  }

  private void find() {
    browser.driver.findElement(By.id("find")).click();
  }

  private String text(String css) {
    return browser.driver.findElement(By.cssSelector(css)).getText();
  }

  private WebElement seat(long seatId) {
    return browser.driver.findElement(By.cssSelector("button[data-seat-id='" + seatId + "']"));
  }

  private void pick(long seatId) {
    seat(seatId).click();
    browser.waitUntil(
        () -> "true".equals(seat(seatId).getAttribute("aria-pressed")),
        "seat " + seatId + " picked");
  }

  private long id(String name) {
    return journey.getJsonNumber(name).longValue();
  }

  @Test
  void aCustomerFindsAMovieBuysTwoSeatsAndKeepsTheTickets() {
    journey = Http.object(Http.request("POST", "/api/v1/test-fixture/journey"));
    String comedy = journey.getString("comedyTitle");
    String thriller = journey.getString("thrillerTitle");
    Buyer buyer = Buyer.register("journey");

    // Home: the filters narrow the listing; each filtered listing is a link
    browser.open("/");
    assertEquals("Now showing", text("h1"));
    choose("city", journey.getString("city"));
    find();
    browser.waitUntil(() -> titlesShown().size() == 2, "the two movies of that city");
    assertEquals(List.of(comedy, thriller), titlesShown().stream().sorted().toList());
    assertTrue(browser.driver.getCurrentUrl().contains("city=Journeyville"), "a link");
    browser.screenshot("1-home-by-city");
    choose("genre", "Comedy");
    find();
    browser.waitUntil(() -> titlesShown().equals(List.of(comedy)), "comedies only");
    choose("genre", "All genres");
    choose("theater", "Odeon " + journey.getString("tag") + ", " + journey.getString("city"));
    find();
    browser.waitUntil(() -> titlesShown().equals(List.of(thriller)), "what the Odeon shows");
    LocalDate comedyDay =
        OffsetDateTime.parse(
                Http.object(Http.get("/api/v1/showtimes/" + id("comedyShowtimeId")))
                    .getString("startsAt"))
            .atZoneSameInstant(ZoneId.of("Europe/Berlin"))
            .toLocalDate();
    browser.open("/?city=" + journey.getString("city").replace(" ", "+"));
    new Select(browser.driver.findElement(By.id("date"))).selectByValue(comedyDay.toString());
    find();
    browser.waitUntil(() -> titlesShown().equals(List.of(comedy)), "what shows that day");
    browser.open("/");
    browser.driver.findElement(By.id("q")).sendKeys("laugh track " + journey.getString("tag"));
    find();
    browser.waitUntil(() -> titlesShown().equals(List.of(comedy)), "found by its title");
    browser.screenshot("2-home-search");

    // The movie page: poster, facts, synopsis, trailer, showtimes by theater and day
    browser.driver.findElement(By.cssSelector("#now-showing .movie-link")).click();
    browser.waitUntil(() -> comedy.equals(text("h1")), "the movie page");
    WebElement poster = browser.driver.findElement(By.cssSelector(".movie-head img.poster"));
    assertEquals("Poster of " + comedy, poster.getAttribute("alt"));
    assertTrue(((Number) browser.js("return arguments[0].naturalWidth", poster)).intValue() > 0);
    assertTrue(text(".facts").contains("PG"), "rating");
    assertTrue(text(".facts").contains("112 min"), "runtime");
    assertTrue(text(".synopsis").startsWith("Two projectionists"));
    browser.playAndSeek(browser.driver.findElement(By.cssSelector("video.trailer")), 3.0);
    assertEquals(1, browser.driver.findElements(By.cssSelector("nav.days .day")).size());
    assertTrue(text(".theater-showtimes h3").startsWith("Lumiere"), "grouped by theater");
    browser.screenshot("3-movie");
    browser.open("/movies/movie.xhtml?id=" + id("thrillerId"));
    assertEquals(
        2,
        browser.driver.findElements(By.cssSelector(".theater-showtimes")).size(),
        "the thriller's day: the Odeon and the Roxy");

    // The seat map: others hold one seat and bought another
    long showtime = id("comedyShowtimeId");
    List<JsonObject> map = Buyer.seatMap(showtime);
    long held = map.get(2).getJsonNumber("seatId").longValue();
    long sold = map.get(5).getJsonNumber("seatId").longValue();
    assertEquals(201, Buyer.register("holder").hold(showtime, List.of(held)).statusCode());
    assertEquals(
        201, Buyer.register("rival").buy(showtime, List.of(sold), Buyer.APPROVED).statusCode());
    long standard = map.get(3).getJsonNumber("seatId").longValue();
    long premium = map.get(6).getJsonNumber("seatId").longValue();
    int total = map.get(3).getInt("priceCents") + map.get(6).getInt("priceCents");

    browser.open("/login.xhtml?next=/showtimes/seats.xhtml?id=" + showtime);
    browser.driver.findElement(By.id("login:email")).sendKeys(buyer.email);
    browser.driver.findElement(By.id("login:password")).sendKeys("correct horse");
    browser.driver.findElement(By.id("login:signIn")).click();
    browser.waitUntil(
        () -> !browser.driver.findElements(By.cssSelector(".seat-map")).isEmpty(), "map");
    assertEquals("Screen", text(".screen"));
    String legend = text(".legend");
    assertTrue(legend.contains("standard 11.00 EUR"), legend);
    assertTrue(legend.contains("premium"), legend);
    assertTrue(legend.contains("wheelchair space"), legend);
    WebElement wheelchair = seat(map.get(0).getJsonNumber("seatId").longValue());
    assertTrue(wheelchair.getAttribute("class").contains("wheelchair"));
    assertTrue(wheelchair.getAttribute("aria-label").contains("wheelchair space"));
    assertTrue(seat(held).getAttribute("class").contains("held"));
    assertEquals("true", seat(held).getAttribute("disabled"));
    assertTrue(seat(sold).getAttribute("class").contains("sold"));
    pick(standard);
    assertEquals("11.00 EUR", text("#total"));
    pick(premium);
    String expectedTotal = String.format("%d.%02d EUR", total / 100, total % 100);
    browser.waitUntil(() -> expectedTotal.equals(text("#total")), "the running total");
    assertTrue(text("#chosen").startsWith("2 seats: B2, C2"), text("#chosen"));
    browser.screenshot("4-seat-map");

    // Checkout: the hold counts down; a new card pays
    browser.driver.findElement(By.id("seatMap:hold")).click();
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/account/checkout.xhtml"), "checkout");
    browser.waitUntil(
        () -> text("#holdCountdown .countdown-left").matches("(10|[0-9]):[0-5][0-9]"),
        "the hold's countdown");
    assertEquals(expectedTotal, text("#total"));
    browser.screenshot("5-checkout");
    browser.driver.findElement(By.cssSelector("input[type=radio][value=card]")).click();
    browser.driver.findElement(By.id("checkout:cardNumber")).sendKeys(Buyer.APPROVED);
    browser.driver.findElement(By.id("checkout:expMonth")).sendKeys("12");
    browser
        .driver
        .findElement(By.id("checkout:expYear"))
        .sendKeys(String.valueOf(LocalDate.now().getYear() + 2));
    browser.driver.findElement(By.id("checkout:cvc")).sendKeys("123");
    browser.driver.findElement(By.id("checkout:holderName")).sendKeys("Journey Buyer");
    browser.driver.findElement(By.id("checkout:pay")).click();

    // Confirmation with a QR code per ticket
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/account/order.xhtml"), "confirmation");
    List<WebElement> qrs = browser.driver.findElements(By.cssSelector("img.qr"));
    assertEquals(2, qrs.size());
    for (WebElement qr : qrs) {
      assertTrue(((Number) browser.js("return arguments[0].naturalWidth", qr)).intValue() > 0);
    }
    browser.screenshot("6-confirmation");

    // My tickets: upcoming, with the PDF; past once the show has ended
    browser.driver.findElement(By.id("myTickets")).click();
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/account/tickets.xhtml"), "my tickets");
    assertEquals(2, browser.driver.findElements(By.cssSelector("#upcoming .ticket-row")).size());
    assertEquals(0, browser.driver.findElements(By.cssSelector("#past .ticket-row")).size());
    String pdf = browser.driver.findElement(By.cssSelector("#upcoming a.pdf")).getAttribute("href");
    assertEquals(
        "application/pdf",
        browser.driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.blob())"
                + ".then(b => done(b.type), e => done(String(e)));",
            pdf),
        "the tickets as a PDF, downloaded in the customer's session");
    browser.screenshot("7-my-tickets");
    Http.request("POST", "/api/v1/test-fixture/showtimes/" + showtime + "/ended");
    browser.driver.navigate().refresh();
    browser.waitUntil(
        () -> browser.driver.findElements(By.cssSelector("#past .ticket-row")).size() == 2,
        "the tickets are past once the show has ended");
    assertEquals(0, browser.driver.findElements(By.cssSelector("#upcoming .ticket-row")).size());
    browser.screenshot("8-past-tickets");

    // The account: profile and stored card
    browser.open("/account/profile.xhtml");
    assertEquals(
        "Buyer", browser.driver.findElement(By.id("profile:displayName")).getAttribute("value"));
    browser.screenshot("9-profile");
    assertEquals(200, buyer.storeCard("5555555555554444").statusCode());
    browser.open("/account/card.xhtml");
    assertTrue(text("#storedCard").contains("4444"), "the stored card, by its last digits");
    browser.screenshot("10-card");
  }
}
