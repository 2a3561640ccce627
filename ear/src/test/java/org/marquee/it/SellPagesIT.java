package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The box-office sell screen in a real headless Chromium: a clerk picks a showtime, clicks two
 * seats, sells them for cash and sees the tickets with their QR codes, ready to print.
 */
class SellPagesIT extends BrowserPages {

  private WebElement seat(long seatId) {
    return browser.driver.findElement(By.cssSelector("button[data-seat-id='" + seatId + "']"));
  }

  private void pick(long seatId) {
    seat(seatId).click();
    browser.waitUntil(
        () -> seat(seatId).getAttribute("class").contains("selected"),
        "seat " + seatId + " picked");
  }

  @Test
  void aClerkSellsTwoSeatsForCashAndHandsOverTheTickets() {
    JsonObject programme = Http.object(Http.request("POST", "/api/v1/test-fixture/programme"));
    long showtime = programme.getJsonNumber("showtimeId").longValue();
    List<Long> seats = Buyer.seatIds(showtime);

    browser.openSignedIn("/boxoffice/sell.xhtml", "IT-Admin@Marquee.example", "it-admin-password");

    browser
        .driver
        .findElement(By.cssSelector("button[data-showtime-id='" + showtime + "']"))
        .click();
    browser.waitUntil(
        () -> !browser.driver.findElements(By.cssSelector(".seat-map")).isEmpty(), "map");
    pick(seats.get(4));
    pick(seats.get(5));
    browser.waitUntil(() -> !browser.driver.findElements(By.id("total")).isEmpty(), "basket");
    assertTrue(
        browser.driver.findElement(By.id("total")).getText().startsWith("24.80"),
        "a standard and a premium seat");
    browser.screenshot("picked");
    browser.driver.findElement(By.id("sell:sellButton")).click();
    browser.waitUntil(() -> !browser.driver.findElements(By.id("sell:sold")).isEmpty(), "sold");
    assertEquals(2, browser.driver.findElements(By.cssSelector("#sell\\:sold img.qr")).size());
    browser.screenshot("sold");
    assertEquals("SOLD", Buyer.status(showtime, seats.get(4)));
    assertEquals("SOLD", Buyer.status(showtime, seats.get(5)));
    assertTrue(seat(seats.get(4)).getAttribute("class").contains("sold"), "the map shows the sale");
  }
}
