package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The administration pages in a real headless Chromium: an administrator adds a movie with its
 * poster, a theater, an auditorium drawn in the seat layout editor and a showtime on the schedule,
 * sees a clash refused, finds the showtime on the public site with the layout's wheelchair and
 * house seats, and cancels it, refunding the ticket sold for it.
 */
class AdminPagesIT extends BrowserPages {

  private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

  private WebElement find(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  private void type(String id, String text) {
    WebElement field = browser.driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private String messages() {
    return browser.driver.findElements(By.cssSelector(".messages")).stream()
        .map(WebElement::getText)
        .collect(Collectors.joining(" "));
  }

  private static Path poster() throws IOException {
    BufferedImage image = new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB);
    image.setRGB(10, 10, UUID.randomUUID().hashCode() & 0xffffff); // unlike any earlier poster
    Path file = Files.createTempFile("poster", ".png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  @Test
  void anAdministratorAddsAMovieWithItsPosterAndEditsIt() throws IOException {
    String title = "Paged Movie " + UUID.randomUUID().toString().substring(0, 8);
    browser.openSignedIn("/admin/movies.xhtml", ADMIN_EMAIL, ADMIN_PASSWORD);

    // a title alone is refused, with the reason next to the fields
    type("movie:title", title);
    find("#movie\\:save").click();
    browser.waitUntil(
        () -> browser.driver.getPageSource().contains("A movie needs a release date."), "refused");

    type("movie:synopsis", "A movie added through the pages.");
    type("movie:runtime", "100");
    type("movie:rating", "PG-13");
    type("movie:genres", "Drama, Comedy");
    browser.js(
        "arguments[0].value = arguments[1]",
        browser.driver.findElement(By.id("movie:release")),
        LocalDate.now(LISBON).minusDays(1).toString());
    Path poster = poster();
    browser.driver.findElement(By.id("movie:poster")).sendKeys(poster.toString());
    browser.screenshot("filled");
    find("#movie\\:save").click();
    browser.waitUntil(() -> messages().contains("Added " + title), "added");
    browser.screenshot("added");

    long id =
        Long.parseLong(
            browser.driver.findElements(By.cssSelector("tr[data-movie-id]")).stream()
                .filter(r -> r.getText().contains(title))
                .findFirst()
                .orElseThrow()
                .getAttribute("data-movie-id"));
    JsonObject movie = Http.object(Http.get("/api/v1/movies/" + id));
    assertEquals(100, movie.getInt("runtimeMinutes"));
    assertEquals(
        List.of("Drama", "Comedy"),
        movie
            .getJsonArray("genres")
            .getValuesAs((JsonValue v) -> ((jakarta.json.JsonString) v).getString()));
    assertFalse(movie.isNull("posterUrl"), "the poster is stored");
    HttpResponse<byte[]> served = Http.getBytes(movie.getString("posterUrl"));
    assertEquals(200, served.statusCode());
    assertArrayEquals(Files.readAllBytes(poster), served.body(), "the very file uploaded");
    assertTrue(find("tr[data-movie-id='" + id + "'] img.thumb").isDisplayed(), "the list shows it");
    assertTrue(audited("POSTER_UPLOADED", "movie " + id), "the upload is in the audit log");

    // editing: the form holds the movie; a new runtime is saved; a text file is no poster
    type("movie:runtime", "104");
    Path notAnImage = Files.createTempFile("notes", ".txt");
    Files.writeString(notAnImage, "not a poster");
    browser.driver.findElement(By.id("movie:poster")).sendKeys(notAnImage.toString());
    find("#movie\\:save").click();
    browser.waitUntil(() -> messages().contains("Saved " + title), "saved");
    assertTrue(messages().contains("The poster was not stored"), messages());
    assertArrayEquals(
        Files.readAllBytes(poster),
        Http.getBytes(movie.getString("posterUrl")).body(),
        "the poster before stays");
    assertEquals(104, Http.object(Http.get("/api/v1/movies/" + id)).getInt("runtimeMinutes"));
  }

  @Test
  void anAdministratorBuildsAnAuditoriumAndSchedulesAShowtimeTheSiteSells() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long movie =
        AdminApi.created(
            AdminApi.send("POST", "/api/v1/admin/movies", AdminApi.movie("Scheduled " + tag, 100)));

    // a theater
    browser.openSignedIn("/admin/theaters.xhtml", ADMIN_EMAIL, ADMIN_PASSWORD);
    type("theater:name", "Paged Theater " + tag);
    type("theater:city", "Porto");
    type("theater:address", "Rua de Santa Catarina 1");
    new Select(browser.driver.findElement(By.id("theater:timeZone")))
        .selectByValue("Europe/Lisbon");
    find("#theater\\:add").click();
    browser.waitUntil(() -> messages().contains("Added Paged Theater " + tag), "theater added");
    WebElement card =
        browser.driver.findElements(By.cssSelector(".theater-card")).stream()
            .filter(c -> c.getText().contains("Paged Theater " + tag))
            .findFirst()
            .orElseThrow();
    long theater = Long.parseLong(card.getAttribute("data-theater-id"));

    // an auditorium drawn in the editor: 8 rows of 12, two wheelchair spaces, a row of house seats
    card.findElement(By.cssSelector("a.add-auditorium")).click();
    browser.waitUntil(() -> !browser.driver.findElements(By.id("layout:name")).isEmpty(), "editor");
    type("layout:name", "Sala " + tag);
    paint("A1");
    paint("A2");
    browser.driver.findElement(By.cssSelector("input[value='HOUSE']")).click();
    find("button[data-row='H'], input[data-row='H']").click();
    browser.waitUntil(() -> count("house") == 12, "row H is all house seats");
    assertEquals(2, count("wheelchair"));
    assertEquals(96, count("seats"));
    browser.screenshot("layout");
    find("#layout\\:save").click();
    browser.waitUntil(() -> messages().contains("Added Sala " + tag), "auditorium saved");
    assertTrue(browser.driver.getCurrentUrl().contains("auditorium.xhtml?id="), "shown as built");
    assertTrue(find("[data-seat='A1']").getAttribute("class").contains("wheelchair"));
    assertTrue(find("[data-seat='A3']").getAttribute("class").contains("standard"));
    assertTrue(find("[data-seat='H3']").getAttribute("class").contains("house"));
    assertFalse(find("[data-seat='G3']").getAttribute("class").contains("house"));
    browser.screenshot("built");

    // a copy starts from the layout as built
    browser.driver.findElement(By.linkText("copy it as a new auditorium")).click();
    browser.waitUntil(() -> !browser.driver.findElements(By.id("layout:name")).isEmpty(), "copy");
    assertEquals(
        "Sala " + tag + " (copy)",
        browser.driver.findElement(By.id("layout:name")).getAttribute("value"));
    assertEquals(2, count("wheelchair"));
    assertEquals(12, count("house"));
    assertEquals(96, count("seats"));

    // the schedule: a showtime tomorrow at 20:00, then one that clashes with it
    LocalDate tomorrow = LocalDate.now(LISBON).plusDays(1);
    browser.open("/admin/schedule.xhtml?theater=" + theater + "&date=" + tomorrow);
    schedule(movie, "20:00", "9.50");
    browser.waitUntil(() -> messages().contains("Scheduled showtime"), "scheduled");
    schedule(movie, "21:30", "9.50");
    browser.waitUntil(() -> messages().contains("Scheduled " + tag + ", 20:00 to 21:40"), "clash");
    browser.screenshot("clash");
    assertEquals(1, browser.driver.findElements(By.cssSelector("tr[data-showtime-id]")).size());
    long showtime = Long.parseLong(find("tr[data-showtime-id]").getAttribute("data-showtime-id"));

    // the public site sells it, with the layout's wheelchair and house seats
    JsonObject listed = Http.object(Http.get("/api/v1/showtimes/" + showtime));
    assertEquals(96, listed.getInt("seatsTotal"));
    assertEquals(950, listed.getInt("priceCents"));
    assertTrue(listed.getString("startsAt").contains("T20:00"), listed.toString());
    Map<String, JsonObject> seats =
        Buyer.seatMap(showtime).stream()
            .collect(Collectors.toMap(s -> s.getString("row") + s.getInt("number"), s -> s));
    assertEquals("WHEELCHAIR", seats.get("A1").getString("category"));
    assertEquals("STANDARD", seats.get("A3").getString("category"));
    assertEquals("HELD", seats.get("H5").getString("status"), "a house seat, kept for the counter");
    browser.open("/movies/movie.xhtml?id=" + movie + "&date=" + tomorrow);
    browser.waitUntil(
        () -> browser.driver.getPageSource().contains("Paged Theater " + tag), "on the site");

    Buyer buyer = Buyer.register("paged");
    var bought =
        buyer.buy(
            showtime, List.of(seats.get("C3").getJsonNumber("seatId").longValue()), Buyer.APPROVED);
    assertEquals(201, bought.statusCode(), bought.body());
    long order = Http.object(bought).getJsonNumber("id").longValue();

    // cancelling asks first, saying what it will refund
    browser.open("/admin/schedule.xhtml?theater=" + theater + "&date=" + tomorrow);
    find("tr[data-showtime-id='" + showtime + "'] .cancel-showtime").click();
    browser.waitUntil(
        () -> !browser.driver.findElements(By.id("schedule:confirm")).isEmpty(), "asks");
    assertTrue(find("#schedule\\:confirm").getText().contains("1 ticket is sold"));
    browser.screenshot("confirm");
    find("#schedule\\:confirmCancel").click();
    browser.waitUntil(() -> messages().contains("1 ticket is refunded"), "cancelled");
    assertEquals(0, browser.driver.findElements(By.cssSelector("tr[data-showtime-id]")).size());
    assertEquals(404, Http.get("/api/v1/showtimes/" + showtime).statusCode());
    JsonObject refunded = Http.object(buyer.get("/api/v1/orders/" + order));
    assertEquals(
        "CANCELLED", refunded.getJsonArray("tickets").getJsonObject(0).getString("status"));
  }

  private void paint(String seat) {
    String before = find("[data-seat='" + seat + "']").getAttribute("class");
    find("[data-seat='" + seat + "']").click();
    browser.waitUntil(
        () -> !find("[data-seat='" + seat + "']").getAttribute("class").equals(before),
        seat + " painted");
  }

  private int count(String what) {
    return Integer.parseInt(find("[data-count='" + what + "']").getText().trim());
  }

  private void schedule(long movie, String time, String price) {
    new Select(browser.driver.findElement(By.id("schedule:movie")))
        .selectByValue(Long.toString(movie));
    new Select(browser.driver.findElement(By.id("schedule:auditorium"))).selectByIndex(1);
    browser.js(
        "arguments[0].value = arguments[1]",
        browser.driver.findElement(By.id("schedule:time")),
        time);
    type("schedule:price", price);
    find("#schedule\\:add").click();
  }

  private static boolean audited(String action, String subject) {
    return Http.array(
            Http.get(
                "/api/v1/admin/audit?limit=200&action=" + action, "Authorization", AdminApi.ADMIN))
        .getValuesAs(JsonObject.class)
        .stream()
        .anyMatch(e -> e.getString("subject").equals(subject));
  }
}
