package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every form of the site, posted after its page expired, as real HTTP: with a view state the server
 * never gave out (made up, or the page's own in a session that never had it), without a session at
 * all, and without the page's script nonce; as a whole page and as a Faces ajax request. Each leads
 * to the expired page (a redirect to it, or the ajax redirect to it), or for a page that needs a
 * signed-in caller whose session is gone, to the login page; never a 5xx. A check over the page
 * sources makes sure that no form of any page is left out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExpiredFormsIT {

  private static final Path WEBAPP = Path.of("../web/src/main/webapp");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  private JsonObject programme;

  @BeforeEach
  void seedProgramme() {
    programme = Http.object(Http.request("POST", "/api/v1/test-fixture/programme"));
  }

  private long showtime() {
    return programme.getJsonNumber("showtimeId").longValue();
  }

  /** Who visits a page: nobody signed in, a customer, or the administrator. */
  private enum Who {
    ANYONE,
    CUSTOMER,
    ADMIN
  }

  private record Page(String path, Who who) {}

  /** Every page with a form, with the data that makes each of its forms show. */
  private List<Page> pages(Buyer buyer, long holdId, long orderId) {
    long theater = programme.getJsonNumber("theaterId").longValue();
    return List.of(
        new Page("/login.xhtml", Who.ANYONE),
        new Page("/register.xhtml", Who.ANYONE),
        new Page("/showtimes/seats.xhtml?id=" + showtime(), Who.ANYONE),
        new Page("/movies/movie.xhtml?id=" + programme.getJsonNumber("movieId"), Who.CUSTOMER),
        new Page("/account/tickets.xhtml", Who.CUSTOMER),
        new Page("/account/profile.xhtml", Who.CUSTOMER),
        new Page("/account/card.xhtml", Who.CUSTOMER),
        new Page("/account/checkout.xhtml?hold=" + holdId, Who.CUSTOMER),
        new Page("/account/order.xhtml?id=" + orderId, Who.CUSTOMER),
        new Page("/boxoffice/sell.xhtml", Who.ADMIN),
        new Page("/boxoffice/door.xhtml", Who.ADMIN),
        new Page("/admin/dashboard.xhtml", Who.ADMIN),
        new Page("/admin/schedule.xhtml?theater=" + theater, Who.ADMIN),
        new Page("/admin/movies.xhtml", Who.ADMIN),
        new Page("/admin/theaters.xhtml", Who.ADMIN),
        new Page("/admin/auditorium.xhtml?theater=" + theater, Who.ADMIN));
  }

  private static final List<String> MADE_UP_VIEW_STATES =
      List.of(
          "-4242424242424242424:-4242424242424242424",
          "1:2",
          "not a view state",
          ":",
          "stateless",
          "",
          "x".repeat(5000));

  @Test
  void everyFormOfAnExpiredPageLeadsToTheExpiredPage() {
    Buyer buyer = Buyer.register("expired");
    List<Long> seats = Buyer.seatIds(showtime());
    HttpResponse<String> hold = buyer.hold(showtime(), List.of(seats.get(1)));
    assertEquals(201, hold.statusCode(), hold.body());
    HttpResponse<String> order = buyer.buy(showtime(), List.of(seats.get(2)), Buyer.APPROVED);
    assertEquals(201, order.statusCode(), order.body());
    assertEquals(200, buyer.storeCard(Buyer.APPROVED).statusCode());
    long holdId = Http.object(hold).getJsonNumber("holdId").longValue();
    long orderId = Http.object(order).getJsonNumber("id").longValue();

    Map<Who, Visitor> visitors = new LinkedHashMap<>();
    visitors.put(Who.ANYONE, new Visitor());
    visitors.put(Who.CUSTOMER, new Visitor().signIn(buyer.email, "correct horse"));
    visitors.put(
        Who.ADMIN, new Visitor().signIn(BrowserPages.ADMIN_EMAIL, BrowserPages.ADMIN_PASSWORD));
    Map<Who, Visitor> others = new LinkedHashMap<>();
    others.put(Who.ANYONE, new Visitor());
    others.put(Who.CUSTOMER, new Visitor().signIn(buyer.email, "correct horse"));
    others.put(
        Who.ADMIN, new Visitor().signIn(BrowserPages.ADMIN_EMAIL, BrowserPages.ADMIN_PASSWORD));

    Map<String, Set<String>> posted = new LinkedHashMap<>();
    List<String> wrong = new ArrayList<>();
    for (Page page : pages(buyer, holdId, orderId)) {
      Visitor visitor = visitors.get(page.who());
      HttpResponse<String> shown = visitor.get(page.path());
      assertEquals(200, shown.statusCode(), page.path());
      List<Visitor.Form> forms = Visitor.forms(shown.body());
      assertFalse(forms.isEmpty(), page.path() + " has forms");
      for (Visitor.Form form : forms) {
        assertNotNull(form.viewState(), page.path() + " " + form.id() + " has a view state");
        posted.computeIfAbsent(pathOf(page.path()), p -> new TreeSet<>()).add(form.id());
        String where = page.path() + " #" + form.id();
        for (boolean ajax : List.of(false, true)) {
          String how = where + (ajax ? " (ajax)" : "");
          for (String madeUp : MADE_UP_VIEW_STATES) {
            expectExpired(
                visitor.post(form.with("jakarta.faces.ViewState", madeUp), ajax),
                ajax,
                how + " with view state '" + abbreviate(madeUp) + "'",
                wrong);
          }
          expectExpired(
              others.get(page.who()).post(form, ajax), ajax, how + " in another session", wrong);
          expectExpired(
              visitor.post(form.with("primefaces.nonce", null), ajax),
              ajax,
              how + " without its nonce",
              wrong);
          expectExpired(
              visitor.post(form.with("primefaces.nonce", "bm90IGEgbm9uY2U="), ajax),
              ajax,
              how + " with another nonce",
              wrong);
          Visitor gone = new Visitor();
          HttpResponse<String> sessionGone = gone.post(form, ajax);
          if (!signedInOnly(page.path())) {
            expectExpired(sessionGone, ajax, how + " after the session ended", wrong);
          } else if (!(sessionGone.statusCode() == 302
              && location(sessionGone).contains("/login.xhtml?next="))) {
            wrong.add(
                how
                    + " after the session ended: "
                    + sessionGone.statusCode()
                    + " "
                    + location(sessionGone)
                    + ", not the login page");
          }
        }
      }
    }
    assertEquals(List.of(), wrong, "answers that are not the expired page");

    // Nothing of what was posted happened: the order, the card and the hold are still there
    assertTrue(
        visitors.get(Who.CUSTOMER).get("/account/card.xhtml").body().contains("id=\"storedCard\""),
        "the card is still stored");
    assertEquals(
        "CONFIRMED",
        Http.object(buyer.get("/api/v1/orders/" + orderId)).getString("status"),
        "the order was not cancelled");
    assertEquals("HELD", Buyer.status(showtime(), seats.get(1)), "the hold stands");

    // No form of any page was left out
    Map<String, Set<String>> inSources = formsInSources();
    Set<String> missing = new TreeSet<>();
    inSources.forEach(
        (file, ids) -> {
          Set<String> found =
              file.equals("/WEB-INF/template.xhtml")
                  ? posted.values().stream()
                      .flatMap(Set::stream)
                      .collect(java.util.stream.Collectors.toSet())
                  : posted.getOrDefault(file, Set.of());
          ids.stream()
              .filter(id -> !found.contains(id))
              .forEach(id -> missing.add(file + " #" + id));
        });
    assertEquals(Set.of(), missing, "forms of the page sources that this test did not post");
    assertTrue(inSources.size() >= 14, "the sources were read: " + inSources.keySet());
  }

  @Test
  void aFormPostedAsServedStillWorksWithoutScript() {
    Visitor visitor = new Visitor();
    Visitor.Form login = Visitor.forms(visitor.get("/login.xhtml").body()).get(0);
    assertNotNull(login.fields().get("primefaces.nonce"), "the form carries its page's nonce");
    HttpResponse<String> refused =
        visitor.post(
            login.with("login:email", "nobody@example.com").with("login:password", "wrong"), false);
    assertEquals(200, refused.statusCode(), "the login page again, with its message");
    assertTrue(refused.body().contains("login:email"), refused.body());
    assertFalse(refused.body().contains("id=\"expired\""));

    Buyer buyer = Buyer.register("noscript");
    Visitor customer = new Visitor().signIn(buyer.email, "correct horse");
    Visitor.Form profile =
        Visitor.forms(customer.get("/account/profile.xhtml").body()).stream()
            .filter(f -> f.id().equals("profile"))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> saved =
        customer.post(profile.with("profile:displayName", "Posted Without Script"), false);
    assertTrue(saved.statusCode() < 400, saved.statusCode() + saved.body());
    assertEquals(
        "Posted Without Script",
        Http.object(buyer.get("/api/v1/accounts/me")).getString("displayName"));
  }

  @Test
  void aGetWithAMadeUpViewStateIsTheExpiredPageToo() {
    HttpResponse<String> answer = Http.get("/login.xhtml?jakarta.faces.ViewState=1%3A2");
    assertEquals(303, answer.statusCode(), answer.body());
    assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/expired.xhtml"));
    HttpResponse<String> expired = Http.get("/expired.xhtml");
    assertEquals(200, expired.statusCode());
    assertTrue(expired.body().contains("id=\"expired\""));
  }

  @Test
  void aBrowserWhoseSessionEndedGetsTheExpiredPageForAWholePageForm() {
    try (Browser browser = new Browser("expiredLogin")) {
      browser.open("/login.xhtml");
      browser.driver.manage().deleteCookieNamed("JSESSIONID");
      browser.driver.findElement(By.id("login:email")).sendKeys("someone@example.com");
      browser.driver.findElement(By.id("login:password")).sendKeys("a password");
      browser.driver.findElement(By.id("login:signIn")).click();
      browser.waitUntil(
          () -> !browser.driver.findElements(By.id("expired")).isEmpty(), "the expired page");
      assertTrue(browser.driver.getCurrentUrl().endsWith("/expired.xhtml"));
      assertEquals("This page has expired", browser.driver.findElement(By.tagName("h1")).getText());
      browser.screenshot("expired-login");
    }
  }

  private static void expectExpired(
      HttpResponse<String> answer, boolean ajax, String what, List<String> wrong) {
    if (ajax) {
      if (answer.statusCode() != 200
          || !answer.body().contains("<redirect url=\"/expired.xhtml\"")) {
        wrong.add(what + ": " + answer.statusCode() + " " + abbreviate(answer.body()));
      }
    } else if (answer.statusCode() != 303 || !location(answer).endsWith("/expired.xhtml")) {
      wrong.add(
          what
              + ": "
              + answer.statusCode()
              + " "
              + location(answer)
              + " "
              + abbreviate(answer.body()));
    }
  }

  /** The pages web.xml keeps for signed-in callers: without a session, the login page first. */
  private static boolean signedInOnly(String path) {
    return path.startsWith("/account/")
        || path.startsWith("/admin/")
        || path.startsWith("/boxoffice/");
  }

  private static String location(HttpResponse<?> answer) {
    return answer.headers().firstValue("Location").orElse("");
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }

  private static String pathOf(String page) {
    int query = page.indexOf('?');
    return query < 0 ? page : page.substring(0, query);
  }

  /** Each page source with an h:form (as its path on the site) and the ids of its forms. */
  static Map<String, Set<String>> formsInSources() {
    Pattern form = Pattern.compile("<h:form\\b[^>]*?\\bid=\"([^\"]+)\"");
    Pattern anyForm = Pattern.compile("<h:form\\b");
    Map<String, Set<String>> found = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
        String source = Files.readString(file);
        Matcher ids = form.matcher(source);
        Set<String> names = new LinkedHashSet<>();
        while (ids.find()) {
          names.add(ids.group(1));
        }
        long forms = anyForm.matcher(source).results().count();
        if (forms > 0) {
          assertEquals(forms, names.size(), file + ": every h:form has an id");
          found.put("/" + WEBAPP.relativize(file).toString().replace('\\', '/'), names);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }
}
