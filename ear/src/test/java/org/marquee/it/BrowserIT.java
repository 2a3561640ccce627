package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The first pages in a real headless Chromium, as a customer sees them: the home page with its
 * posters, a click through to the movie page, and its trailer actually playing through the media
 * servlet. Screenshots go to ear/target/screenshots.
 */
class BrowserIT extends BrowserPages {

  private JsonObject programme;

  @BeforeEach
  void seedProgramme() {
    programme = Http.object(Http.request("POST", "/api/v1/test-fixture/programme"));
  }

  @Test
  void homePageShowsThePosterAndLeadsToTheMoviePage() {
    String title = programme.getString("title");
    browser.open("/");
    assertEquals("Now showing · Marquee", browser.driver.getTitle());

    WebElement poster =
        browser.driver.findElement(By.cssSelector("img[alt='Poster of " + title + "']"));
    browser.waitUntil(
        () -> (Long) browser.js("return arguments[0].naturalWidth", poster) > 0, "poster loads");
    assertEquals(
        400L, browser.js("return arguments[0].naturalWidth", poster), "the real poster image");
    browser.screenshot("home");

    browser.driver.findElement(By.linkText(title)).click();
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("movie.xhtml"), "movie page opens");
    assertEquals(title, browser.driver.findElement(By.tagName("h1")).getText());
    assertTrue(
        browser
            .driver
            .findElement(By.cssSelector(".theater-showtimes h3"))
            .getText()
            .contains(programme.getString("theaterName")));
  }

  @Test
  void theTrailerPlaysAndCanBeSeeked() {
    browser.open("/movies/movie.xhtml?id=" + programme.getJsonNumber("movieId"));
    WebElement video = browser.driver.findElement(By.cssSelector("video.trailer"));
    double duration = browser.playAndSeek(video, 4.5);
    assertTrue(duration > 5 && duration < 7, "the 6-second demo trailer: " + duration);
    browser.screenshot("trailer");
  }
}
