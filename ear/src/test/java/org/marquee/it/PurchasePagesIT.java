package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Buying in a real headless Chromium, as a customer does: from the movie page to a showtime's seat
 * map, picking seats (a visitor is asked to sign in first), holding them, paying with a new card,
 * the confirmation with a QR code per ticket, and "My tickets"; a declined card says so and lets
 * the seats go.
 */
class PurchasePagesIT extends BrowserPages {

  private JsonObject programme;
  private Buyer buyer;

  @BeforeEach
  void seedProgramme() {
    programme = Http.object(Http.request("POST", "/api/v1/test-fixture/programme"));
    buyer = Buyer.register("pages");
  }

  private long showtime() {
    return programme.getJsonNumber("showtimeId").longValue();
  }

  private void type(String id, String text) {
    WebElement field = browser.driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private WebElement seat(long seatId) {
    return browser.driver.findElement(By.cssSelector("button[data-seat-id='" + seatId + "']"));
  }

  private void pick(long seatId) {
    seat(seatId).click();
    browser.waitUntil(
        () -> seat(seatId).getAttribute("class").contains("selected"),
        "seat " + seatId + " picked");
  }

  private void signIn() {
    type("login:email", buyer.email);
    type("login:password", "correct horse");
    browser.driver.findElement(By.id("login:signIn")).click();
  }

  private void payWithNewCard(String number) {
    browser.driver.findElement(By.cssSelector("input[type=radio][value=card]")).click();
    type("checkout:cardNumber", number);
    type("checkout:expMonth", "12");
    type("checkout:expYear", String.valueOf(LocalDate.now().getYear() + 2));
    type("checkout:cvc", "123");
    type("checkout:holderName", "Page Buyer");
    browser.driver.findElement(By.id("checkout:pay")).click();
  }

  /** From the movie page to the seat map, signed in, with {@code seats} picked and held. */
  private void holdSeats(List<Long> seats) {
    browser.open("/movies/movie.xhtml?id=" + programme.getJsonNumber("movieId").longValue());
    browser.driver.findElement(By.cssSelector("a.time-link")).click();
    browser.waitUntil(
        () -> !browser.driver.findElements(By.cssSelector(".seat-map")).isEmpty(), "seat map");
    pick(seats.get(0));
    browser.driver.findElement(By.id("seatMap:hold")).click();
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/login.xhtml"), "asked to sign in");
    signIn();
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/showtimes/seats.xhtml"), "back on the map");
    for (long seatId : seats) {
      pick(seatId);
    }
    browser.screenshot("picked");
    browser.driver.findElement(By.id("seatMap:hold")).click();
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/account/checkout.xhtml"), "checkout");
  }

  @Test
  void aCustomerPicksSeatsPaysAndSeesTicketsWithQrCodes() {
    List<JsonObject> map = Buyer.seatMap(showtime());
    assertEquals("WHEELCHAIR", map.get(0).getString("category"), "the map shows categories");
    long rival = map.get(1).getJsonNumber("seatId").longValue();
    assertEquals(201, Buyer.register("rival").hold(showtime(), List.of(rival)).statusCode());
    List<Long> seats =
        List.of(
            map.get(3).getJsonNumber("seatId").longValue(),
            map.get(7).getJsonNumber("seatId").longValue());

    browser.open("/showtimes/seats.xhtml?id=" + showtime());
    assertTrue(seat(rival).getAttribute("class").contains("held"), "someone else's hold shows");
    assertEquals("true", seat(rival).getAttribute("disabled"));
    assertTrue(seat(seats.get(0)).getAttribute("class").contains("wheelchair") == false);

    holdSeats(seats);
    assertTrue(
        browser.driver.findElement(By.id("total")).getText().startsWith("24.80"), "1100 + 1380");
    browser.screenshot("checkout");
    payWithNewCard(Buyer.APPROVED);
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/account/order.xhtml"), "confirmation");
    assertEquals("Enjoy the show!", browser.driver.findElement(By.id("orderTitle")).getText());
    List<WebElement> qrs = browser.driver.findElements(By.cssSelector("img.qr"));
    assertEquals(2, qrs.size());
    for (WebElement qr : qrs) {
      assertTrue(
          ((Number) browser.js("return arguments[0].naturalWidth;", qr)).intValue() > 0,
          "the QR code is an image");
    }
    browser.screenshot("confirmation");
    String pdfPath =
        browser.driver.findElement(By.id("pdf")).getAttribute("href").replace(Http.base(), "");
    HttpResponse<byte[]> pdf =
        Http.getBytes(
            pdfPath,
            "Cookie",
            "JSESSIONID=" + browser.driver.manage().getCookieNamed("JSESSIONID").getValue());
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF-"), "the tickets as a PDF");
    HttpResponse<byte[]> anonymous = Http.getBytes(pdfPath);
    assertEquals(302, anonymous.statusCode(), "not without signing in");
    assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    assertEquals("SOLD", Buyer.status(showtime(), seats.get(0)));

    browser.driver.findElement(By.id("myTickets")).click();
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/account/tickets.xhtml"), "my tickets");
    assertEquals(2, browser.driver.findElements(By.cssSelector("#upcoming .ticket-row")).size());
    browser.screenshot("my-tickets");
  }

  @Test
  void aDeclinedCardSaysSoAndLetsTheSeatsGo() {
    long seat = Buyer.seatIds(showtime()).get(4);
    holdSeats(List.of(seat));
    payWithNewCard(Buyer.DECLINED);
    browser.waitUntil(
        () -> !browser.driver.findElements(By.id("holdEnded")).isEmpty(), "hold ended");
    assertTrue(browser.driver.getPageSource().contains("The card was declined"), "says why");
    assertEquals("AVAILABLE", Buyer.status(showtime(), seat));
    browser.screenshot("declined");
  }

  @Test
  void theStoredCardPaysWithoutTypingAnything() {
    assertEquals(200, buyer.storeCard("5555555555554444").statusCode());
    long seat = Buyer.seatIds(showtime()).get(6);
    holdSeats(List.of(seat));
    assertTrue(
        browser.driver.findElement(By.cssSelector("input[type=radio][value=saved]")).isSelected(),
        "the stored card is the default");
    assertTrue(browser.driver.getPageSource().contains("MASTERCARD •••• 4444"));
    browser.driver.findElement(By.id("checkout:pay")).click();
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/account/order.xhtml"), "confirmation");
    assertEquals(1, browser.driver.findElements(By.cssSelector("img.qr")).size());
    assertEquals("SOLD", Buyer.status(showtime(), seat));
  }
}
