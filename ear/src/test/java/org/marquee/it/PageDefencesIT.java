package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;

/**
 * The browser-side defences as an outsider sees them in the answers: every answer says {@code
 * nosniff}; every page has a Content-Security-Policy whose scripts are this site's and its own
 * nonce's only, that no one may frame, with {@code Referrer-Policy}; the session cookie is {@code
 * HttpOnly} and {@code SameSite}, and over TLS (the test server's own HTTPS listener) {@code
 * Secure}, with HSTS. In a real Chromium the pages work under their policy, and a script injected
 * into one does not run.
 */
class PageDefencesIT extends BrowserPages {

  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

  private JsonObject programme;

  @BeforeEach
  void seedProgramme() {
    programme = Http.object(Http.request("POST", "/api/v1/test-fixture/programme"));
  }

  private static String header(HttpResponse<?> answer, String name) {
    List<String> values = answer.headers().allValues(name);
    assertTrue(values.size() <= 1, name + " once: " + values);
    return values.isEmpty() ? null : values.get(0);
  }

  @Test
  void everyPageHasItsPolicy() {
    long movie = programme.getJsonNumber("movieId").longValue();
    Map<String, Integer> pages =
        Map.of(
            "/",
            200,
            "/login.xhtml",
            200,
            "/register.xhtml",
            200,
            "/movies/movie.xhtml?id=" + movie,
            200,
            "/showtimes/seats.xhtml?id=" + programme.getJsonNumber("showtimeId"),
            200,
            "/expired.xhtml",
            200,
            "/no-such-page",
            404,
            "/movies/movie.xhtml?id=abc",
            404,
            "/test-failure.xhtml",
            500);
    List<String> wrong = new ArrayList<>();
    pages.forEach(
        (path, status) -> {
          HttpResponse<String> page = Http.get(path);
          if (page.statusCode() != status) {
            wrong.add(path + ": status " + page.statusCode());
          }
          checkPage(path, page, wrong);
        });
    Buyer buyer = Buyer.register("csp");
    Visitor customer = new Visitor().signIn(buyer.email, "correct horse");
    for (String path : List.of("/account/profile.xhtml", "/admin/schedule.xhtml")) {
      HttpResponse<String> page = customer.get(path);
      checkPage(path + " (customer)", page, wrong);
    }
    assertEquals(List.of(), wrong);
  }

  private static void checkPage(String path, HttpResponse<String> page, List<String> wrong) {
    String policy = header(page, "Content-Security-Policy");
    if (policy == null) {
      wrong.add(path + ": no Content-Security-Policy");
      return;
    }
    for (String directive :
        List.of(
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "default-src 'self'")) {
      if (!policy.contains(directive)) {
        wrong.add(path + ": no " + directive + " in " + policy);
      }
    }
    String scripts = policy.substring(policy.indexOf("script-src"));
    if (scripts.contains("unsafe-inline")
        || scripts.contains("unsafe-eval")
        || scripts.contains("*")) {
      wrong.add(path + ": scripts not strict: " + scripts);
    }
    Matcher nonce = NONCE.matcher(scripts);
    if (!nonce.find()) {
      wrong.add(path + ": no nonce in " + scripts);
    } else {
      Matcher onPage = Pattern.compile("<script\\b[^>]*>").matcher(page.body());
      while (onPage.find()) {
        if (!onPage.group().contains("nonce=\"" + nonce.group(1) + "\"")) {
          wrong.add(path + ": a script without the page's nonce: " + onPage.group());
        }
      }
      if (Pattern.compile("\\son[a-z]+=\"").matcher(page.body()).find()) {
        wrong.add(path + ": an inline event handler");
      }
    }
    if (!"nosniff".equals(header(page, "X-Content-Type-Options"))) {
      wrong.add(path + ": no nosniff");
    }
    if (!"same-origin".equals(header(page, "Referrer-Policy"))) {
      wrong.add(path + ": Referrer-Policy " + header(page, "Referrer-Policy"));
    }
    if (!"DENY".equals(header(page, "X-Frame-Options"))) {
      wrong.add(path + ": X-Frame-Options " + header(page, "X-Frame-Options"));
    }
    if (header(page, "Strict-Transport-Security") != null) {
      wrong.add(path + ": HSTS over plain HTTP");
    }
  }

  @Test
  void everyOtherAnswerSaysNosniffAndTheApiRunsNothing() {
    long movie = programme.getJsonNumber("movieId").longValue();
    List<String> wrong = new ArrayList<>();
    Map<String, HttpResponse<String>> answers = new java.util.LinkedHashMap<>();
    answers.put("movies", Http.get("/api/v1/movies"));
    answers.put("unknown API path", Http.get("/api/v1/no-such-thing"));
    answers.put("API without credentials", Http.get("/api/v1/accounts/me"));
    answers.put(
        "API with wrong credentials",
        Http.get("/api/v1/accounts/me", "Authorization", Http.basic("x@example.com", "nope")));
    answers.put(
        "API forbidden",
        Http.get("/api/v1/admin/audit", "Authorization", Buyer.register("nosniff").auth));
    answers.put("poster", Http.get("/media/posters/" + movie));
    answers.put("no such poster", Http.get("/media/posters/999999999"));
    answers.put("a page's style", Http.get("/jakarta.faces.resource/css/marquee.css.xhtml"));
    answers.put("a signed-in page, anonymous", Http.get("/account/profile.xhtml"));
    answers.forEach(
        (what, answer) -> {
          if (!"nosniff".equals(header(answer, "X-Content-Type-Options"))) {
            wrong.add(what + " (" + answer.statusCode() + "): no nosniff");
          }
        });
    for (String api : List.of("movies", "unknown API path", "API forbidden")) {
      String policy = header(answers.get(api), "Content-Security-Policy");
      if (!"default-src 'none'; frame-ancestors 'none'".equals(policy)) {
        wrong.add(api + ": Content-Security-Policy " + policy);
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(200, answers.get("movies").statusCode());
    assertEquals(401, answers.get("API without credentials").statusCode());
    assertEquals(302, answers.get("a signed-in page, anonymous").statusCode());
  }

  @Test
  void theSessionCookieIsSameSiteAndHttpOnly() {
    HttpResponse<String> login = Http.get("/login.xhtml");
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
    assertFalse(cookie.toLowerCase().contains("secure"), "not Secure over plain HTTP: " + cookie);
  }

  @Test
  void overTlsTheSessionCookieIsSecureAndTheSiteAsksForTlsOnly() throws Exception {
    HttpsURLConnection page = tls("/login.xhtml");
    assertEquals(200, page.getResponseCode());
    List<String> cookies = page.getHeaderFields().getOrDefault("Set-Cookie", List.of());
    String session =
        cookies.stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + cookies));
    assertTrue(session.toLowerCase().matches(".*;\\s*secure(;.*|$)"), session);
    assertTrue(session.contains("SameSite=Lax"), session);
    assertEquals("max-age=31536000", page.getHeaderField("Strict-Transport-Security"));
    assertTrue(page.getHeaderField("Content-Security-Policy").contains("frame-ancestors 'none'"));
    drain(page);

    HttpsURLConnection api = tls("/api/v1/accounts/me");
    assertEquals(401, api.getResponseCode());
    assertEquals("nosniff", api.getHeaderField("X-Content-Type-Options"));
    drain(api);
  }

  private static HttpsURLConnection tls(String path) throws IOException, GeneralSecurityException {
    int port = 8443 + Integer.getInteger("marquee.test.port-offset", 0);
    SSLContext trustingTheTestCertificate = SSLContext.getInstance("TLS");
    trustingTheTestCertificate.init(
        null,
        new TrustManager[] {
          new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String type) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String type) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
              return new X509Certificate[0];
            }
          }
        },
        null);
    HttpsURLConnection connection =
        (HttpsURLConnection)
            URI.create("https://127.0.0.1:" + port + path).toURL().openConnection();
    connection.setSSLSocketFactory(trustingTheTestCertificate.getSocketFactory());
    connection.setHostnameVerifier((host, session) -> true);
    connection.setInstanceFollowRedirects(false);
    connection.setConnectTimeout(10_000);
    connection.setReadTimeout(30_000);
    return connection;
  }

  private static void drain(HttpURLConnection connection) {
    try (InputStream in =
        connection.getResponseCode() < 400
            ? connection.getInputStream()
            : connection.getErrorStream()) {
      if (in != null) {
        in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void thePagesWorkUnderTheirPolicyAndAnInjectedScriptDoesNotRun() {
    long showtime = programme.getJsonNumber("showtimeId").longValue();
    long free = Buyer.seatIds(showtime).get(3);
    browser.open("/showtimes/seats.xhtml?id=" + showtime);
    By seat = By.cssSelector("button[data-seat-id='" + free + "']");
    browser.driver.findElement(seat).click();
    browser.waitUntil(
        () -> "true".equals(browser.driver.findElement(seat).getAttribute("aria-pressed")),
        "the ajax click works under the policy");
    browser.driver.findElement(seat).click();
    browser.waitUntil(
        () -> "false".equals(browser.driver.findElement(seat).getAttribute("aria-pressed")),
        "and again, on the redrawn map");
    assertEquals(List.of(), browser.takeProblems(), "nothing blocked on the seat map");

    browser.js(
        "var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
            + " document.body.appendChild(s);"
            + " var i = document.createElement('img'); i.setAttribute('onerror',"
            + " 'window.injected = true'); i.src = 'data:,'; document.body.appendChild(i);");
    browser.waitUntil(() -> browser.takeProblemsPeek().size() >= 2, "both are reported");
    List<String> blocked = browser.takeProblems();
    assertTrue(blocked.stream().allMatch(p -> p.contains("CSP script-src")), "blocked: " + blocked);
    assertEquals(null, browser.js("return window.injected;"), "the injected scripts did not run");
  }

  @Test
  void cancellingAnOrderStillAsksFirst() {
    Buyer buyer = Buyer.register("confirm");
    long showtime = programme.getJsonNumber("showtimeId").longValue();
    HttpResponse<String> order =
        buyer.buy(showtime, List.of(Buyer.seatIds(showtime).get(5)), Buyer.APPROVED);
    assertEquals(201, order.statusCode(), order.body());
    String path = "/account/order.xhtml?id=" + Http.object(order).getJsonNumber("id");
    browser.openSignedIn(path, buyer.email, "correct horse");
    browser.driver.findElement(By.id("cancelOrder:cancel")).click();
    Alert question = browser.driver.switchTo().alert();
    assertTrue(question.getText().length() > 5, question.getText());
    question.dismiss();
    assertEquals(
        "CONFIRMED",
        Http.object(buyer.get("/api/v1/orders/" + Http.object(order).getJsonNumber("id")))
            .getString("status"),
        "kept when the customer says no");
    browser.driver.findElement(By.id("cancelOrder:cancel")).click();
    browser.driver.switchTo().alert().accept();
    browser.waitUntil(
        () -> browser.driver.findElements(By.id("cancelOrder:cancel")).isEmpty(), "cancelled");
    assertEquals(
        "REFUNDED",
        Http.object(buyer.get("/api/v1/orders/" + Http.object(order).getJsonNumber("id")))
            .getString("status"));
  }
}
