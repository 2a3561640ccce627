package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The sales dashboard in a real headless Chromium, for administrators only: three PrimeFaces charts
 * drawn, and the tables under them counting a sale that was just made.
 */
class DashboardPagesIT extends BrowserPages {

  @Test
  void theDashboardChartsWhatWasSold() {
    JsonObject programme = Http.object(Http.request("POST", "/api/v1/test-fixture/programme"));
    long showtime = programme.getJsonNumber("showtimeId").longValue();
    List<Long> seats = Buyer.seatIds(showtime);
    assertEquals(
        201,
        Http.post(
                "/api/v1/box-office/sales",
                Json.createObjectBuilder()
                    .add("showtimeId", showtime)
                    .add("seatIds", Buyer.ids(seats.subList(2, 5)))
                    .add("payment", Json.createObjectBuilder().add("method", "cash"))
                    .build()
                    .toString(),
                "Authorization",
                AdminApi.ADMIN)
            .statusCode());

    browser.openSignedIn("/admin/dashboard.xhtml", "IT-Admin@Marquee.example", "it-admin-password");

    browser.waitUntil(
        () -> browser.driver.findElements(By.cssSelector(".dashboard canvas")).size() == 3,
        "three charts");
    for (WebElement canvas : browser.driver.findElements(By.cssSelector(".dashboard canvas"))) {
      assertTrue(((Number) browser.js("return arguments[0].width;", canvas)).intValue() > 0);
    }
    String title = programme.getString("title");
    WebElement movieRow =
        browser.driver.findElements(By.cssSelector("#movies tbody tr")).stream()
            .filter(r -> r.getText().startsWith(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row for " + title));
    assertEquals("3", movieRow.findElement(By.cssSelector(".tickets")).getText());
    browser.screenshot("dashboard");
  }
}
