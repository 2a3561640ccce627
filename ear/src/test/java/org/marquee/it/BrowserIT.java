package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first pages in a real headless Chromium, as a customer sees them: the home page with its
 * posters, a click through to the movie page, and its trailer actually playing through the media
 * servlet. Screenshots go to ear/target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  private ChromeDriver browser;
  private JsonObject programme;
  private String testName;

  @BeforeEach
  void openBrowser(TestInfo test) throws IOException {
    testName = test.getTestMethod().orElseThrow().getName();
    programme = Http.object(Http.request("POST", "/api/v1/test-fixture/programme"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--autoplay-policy=no-user-gesture-required",
        "--window-size=1280,1400",
        "--user-data-dir=" + Files.createTempDirectory("marquee-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      screenshot("final");
      browser.quit();
    }
  }

  @Test
  void homePageShowsThePosterAndLeadsToTheMoviePage() {
    String title = programme.getString("title");
    browser.get(Http.base() + "/");
    assertEquals("Now showing · Marquee", browser.getTitle());

    WebElement poster = browser.findElement(By.cssSelector("img[alt='Poster of " + title + "']"));
    waitUntil(() -> (Long) js("return arguments[0].naturalWidth", poster) > 0, "poster loads");
    assertEquals(400L, js("return arguments[0].naturalWidth", poster), "the real poster image");
    screenshot("home");

    browser.findElement(By.linkText(title)).click();
    waitUntil(() -> browser.getCurrentUrl().contains("movie.xhtml"), "movie page opens");
    assertEquals(title, browser.findElement(By.tagName("h1")).getText());
    assertTrue(
        browser
            .findElement(By.cssSelector(".theater-showtimes h3"))
            .getText()
            .contains(programme.getString("theaterName")));
  }

  @Test
  void theTrailerPlaysAndCanBeSeeked() {
    browser.get(Http.base() + "/movies/movie.xhtml?id=" + programme.getJsonNumber("movieId"));
    WebElement video = browser.findElement(By.cssSelector("video.trailer"));
    waitUntil(() -> (Long) js("return arguments[0].readyState", video) >= 1, "metadata loads");
    double duration = ((Number) js("return arguments[0].duration", video)).doubleValue();
    assertTrue(duration > 5 && duration < 7, "the 6-second demo trailer: " + duration);

    js("arguments[0].muted = true; arguments[0].play();", video);
    waitUntil(
        () -> ((Number) js("return arguments[0].currentTime", video)).doubleValue() > 0.5,
        "it plays");
    js("arguments[0].pause(); arguments[0].currentTime = 4.5;", video);
    waitUntil(
        () -> (Boolean) js("return !arguments[0].seeking && arguments[0].readyState >= 2", video),
        "it seeks");
    assertTrue(((Number) js("return arguments[0].currentTime", video)).doubleValue() >= 4.4);
    screenshot("trailer");
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private void waitUntil(java.util.function.BooleanSupplier condition, String what) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .withMessage(what)
        .until(driver -> condition.getAsBoolean());
  }

  private void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("marquee.test.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(testName + "-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
