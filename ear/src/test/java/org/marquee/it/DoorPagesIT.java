package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The door screen in a real headless Chromium: staff only (a visitor is sent to sign in), a code
 * typed and Enter pressed (as a scanner does) gets a green ADMIT with the seat, the same code again
 * a red DO NOT ADMIT, and an age-restricted movie a prompt to check ID.
 */
class DoorPagesIT extends BrowserPages {

  private static final String EMAIL = "IT-Admin@Marquee.example";
  private static final String PASSWORD = "it-admin-password";
  private static final String ADMIN = Http.basic(EMAIL, PASSWORD);

  private static List<String> sellTwo(long showtime) {
    List<Long> seats = Buyer.seatIds(showtime);
    HttpResponse<String> sale =
        Http.post(
            "/api/v1/box-office/sales",
            Json.createObjectBuilder()
                .add("showtimeId", showtime)
                .add("seatIds", Buyer.ids(seats.subList(2, 4)))
                .add("payment", Json.createObjectBuilder().add("method", "cash"))
                .build()
                .toString(),
            "Authorization",
            ADMIN);
    assertEquals(201, sale.statusCode(), sale.body());
    return Http.object(sale).getJsonArray("tickets").stream()
        .map(t -> t.asJsonObject().getString("code"))
        .toList();
  }

  private static void rate(long movieId, String rating) {
    JsonObject movie = Http.object(Http.get("/api/v1/movies/" + movieId));
    JsonObject body =
        Json.createObjectBuilder()
            .add("title", movie.getString("title"))
            .add("synopsis", movie.getString("synopsis"))
            .add("runtimeMinutes", movie.getInt("runtimeMinutes"))
            .add("rating", rating)
            .add("genres", movie.getJsonArray("genres"))
            .add("releaseDate", movie.getString("releaseDate"))
            .build();
    assertEquals(
        200,
        Http.send("PUT", "/api/v1/admin/movies/" + movieId, body.toString(), "Authorization", ADMIN)
            .statusCode());
  }

  private void scan(String code) {
    var field = browser.driver.findElement(By.id("door:code"));
    field.sendKeys(code, Keys.ENTER);
  }

  @Test
  void aCodeAdmitsOnceAndARestrictedMovieAsksForId() {
    JsonObject programme = Http.object(Http.request("POST", "/api/v1/test-fixture/programme"));
    long showtime = programme.getJsonNumber("showtimeId").longValue();
    List<String> codes = sellTwo(showtime);

    browser.openSignedIn("/boxoffice/door.xhtml", EMAIL, PASSWORD);

    scan(codes.get(0));
    browser.waitUntil(() -> !browser.driver.findElements(By.id("admit")).isEmpty(), "admitted");
    assertTrue(browser.driver.findElement(By.id("admit")).getText().contains("ADMIT"));
    assertTrue(browser.driver.findElements(By.id("checkId")).isEmpty(), "rated PG");
    assertEquals(
        browser.driver.findElement(By.id("door:code")),
        browser.driver.switchTo().activeElement(),
        "ready for the next code");
    browser.screenshot("admit");

    scan(codes.get(0));
    browser.waitUntil(() -> !browser.driver.findElements(By.id("refuse")).isEmpty(), "refused");
    assertTrue(browser.driver.findElement(By.id("reason")).getText().contains("already used"));
    browser.screenshot("used");

    rate(programme.getJsonNumber("movieId").longValue(), "R");
    scan(codes.get(1));
    browser.waitUntil(() -> !browser.driver.findElements(By.id("checkId")).isEmpty(), "check ID");
    browser.screenshot("check-id");

    scan("not-a-ticket-code-at-all-00000");
    browser.waitUntil(() -> !browser.driver.findElements(By.id("refuse")).isEmpty(), "unknown");
  }
}
