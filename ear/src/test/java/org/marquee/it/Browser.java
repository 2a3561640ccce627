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
 * outside the server (as clients). It records what the pages' Content-Security-Policy blocked and
 * every script error, and closing it fails the test if there was any.
 */
final class Browser implements AutoCloseable {

  final ChromeDriver driver;
  private final String testName;

  Browser(String testName) {
    this(testName, "en-GB,en");
  }

  /** A browser whose user prefers {@code languages} (its Accept-Language), e.g. "de-DE,de". */
  Browser(String testName, String languages) {
    this.testName = testName;
    ChromeOptions options = new ChromeOptions();
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", languages));
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
          "--lang=" + languages.split(",")[0],
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
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", PROBLEM_RECORDER));
  }

  /**
   * Runs in every page before its own scripts: what the page's Content-Security-Policy blocked and
   * every script error, kept in the tab's sessionStorage so that they outlive the page.
   */
  private static final String PROBLEM_RECORDER =
      """
      (function () {
        function keep(line) {
          try {
            var all = JSON.parse(sessionStorage.getItem('marquee.problems') || '[]');
            all.push(location.pathname + location.search + ': ' + line);
            sessionStorage.setItem('marquee.problems', JSON.stringify(all));
          } catch (ignored) {}
        }
        document.addEventListener('securitypolicyviolation', function (e) {
          keep('CSP ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || '?')
              + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || ''));
        });
        window.addEventListener('error', function (e) {
          keep('script error ' + e.message + ' at ' + e.filename + ':' + e.lineno);
        });
      })();
      """;

  /**
   * What the pages of this tab blocked by their Content-Security-Policy or failed with in a script,
   * since the last call; {@link #close} fails the test if there is anything left.
   */
  java.util.List<String> takeProblems() {
    return problems(true);
  }

  /** What {@link #takeProblems} would give, leaving it for the next call. */
  java.util.List<String> takeProblemsPeek() {
    return problems(false);
  }

  private java.util.List<String> problems(boolean clear) {
    Object json =
        driver.executeScript(
            "try { var p = sessionStorage.getItem('marquee.problems');"
                + " if (arguments[0]) { sessionStorage.removeItem('marquee.problems'); }"
                + " return p; } catch (e) { return null; }",
            clear);
    if (json == null) {
      return java.util.List.of();
    }
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader((String) json))) {
      return reader.readArray().getValuesAs(jakarta.json.JsonString.class).stream()
          .map(jakarta.json.JsonString::getString)
          .toList();
    }
  }

  /** The window's inner size in CSS pixels, e.g. a phone's 390 × 844. */
  void resize(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    int innerWidth = ((Number) js("return window.innerWidth;")).intValue();
    driver
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(width + (width - innerWidth), height));
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
   * Plays a video (muted) until it has played half a second, then pauses it and seeks to {@code
   * seconds}, failing unless both happen; returns the video's duration.
   */
  double playAndSeek(org.openqa.selenium.WebElement video, double seconds) {
    waitUntil(
        () -> ((Number) js("return arguments[0].readyState", video)).intValue() >= 1,
        "metadata loads");
    double duration = ((Number) js("return arguments[0].duration", video)).doubleValue();
    js("arguments[0].muted = true; arguments[0].play();", video);
    waitUntil(
        () -> ((Number) js("return arguments[0].currentTime", video)).doubleValue() > 0.5,
        "it plays");
    js("arguments[0].pause(); arguments[0].currentTime = arguments[1];", video, seconds);
    waitUntil(
        () -> (Boolean) js("return !arguments[0].seeking && arguments[0].readyState >= 2", video),
        "it seeks");
    double at = ((Number) js("return arguments[0].currentTime", video)).doubleValue();
    if (Math.abs(at - seconds) > 0.2) {
      throw new AssertionError("sought " + seconds + " s, the video is at " + at + " s");
    }
    return duration;
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

  /** Closes the browser; fails if its pages blocked or failed a script ({@link #takeProblems}). */
  @Override
  public void close() {
    java.util.List<String> problems;
    try {
      screenshot("final");
      problems = takeProblems();
    } finally {
      driver.quit();
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "the pages blocked scripts or failed in them:\n" + String.join("\n", problems));
    }
  }
}
