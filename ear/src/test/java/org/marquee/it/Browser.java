package org.marquee.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium from Debian's packages, driven through chromedriver, with a fresh
 * profile each time and nothing that reaches for the network. Used by the browser tests, which run
 * outside the server (as clients).
 */
final class Browser implements AutoCloseable {

  final ChromeDriver driver;
  private final String testName;

  Browser(String testName) {
    this.testName = testName;
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    try {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build(),
            options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  void open(String path) {
    driver.get(Http.base() + path);
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  void waitUntil(BooleanSupplier condition, String what) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .withMessage(what)
        .ignoring(StaleElementReferenceException.class) // an ajax update replaced the element
        .until(d -> condition.getAsBoolean());
  }

  /**
   * Opens a staff page as the tests' administrator: it sends the browser to the login page, which
   * comes back to {@code path} once signed in.
   */
  void openSignedIn(String path, String email, String password) {
    open(path);
    waitUntil(() -> driver.getCurrentUrl().contains("/login.xhtml"), "staff only: sign in first");
    driver.findElement(By.id("login:email")).sendKeys(email);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:signIn")).click();
    waitUntil(() -> driver.getCurrentUrl().contains(path), "back on " + path);
  }

  /** Saves a screenshot to ear/target/screenshots/TEST-NAME.png. */
  void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("marquee.test.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(testName + "-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    screenshot("final");
    driver.quit();
  }
}
