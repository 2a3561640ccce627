package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.it.CarefulBuyers.Attempt;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Losing a node in the middle of a rush. Two Marquee nodes ({@link ExtraServer}s on the port
 * offsets 10100 and 10200, in one JGroups cluster with the tests' server) behind the load balancer
 * of wildfly-config/balancer/ (offset 10300). Buyers buy through the balancer, retrying under their
 * request's Idempotency-Key whenever they get no answer, while a customer in Chromium stands on the
 * checkout page; then the node that holds the customer's session is killed with SIGKILL. Afterwards
 * the database and the payment gateway's ledger are checked: every acknowledged sale is there with
 * its tickets, no seat is sold twice, no card is charged twice or kept charged without a ticket,
 * every request resolves to one outcome, the survivor served the rest, and the customer's checkout
 * went through on it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(OrderAnnotation.class)
class FailoverIT {

  private static final String HOSTS = "127.0.0.1[17600],127.0.0.1[17700],127.0.0.1[17800]";
  private static final int BUYERS = 6;
  private static final String TAG = UUID.randomUUID().toString().substring(0, 8);

  /** The email addresses of this run's buyers and customer, as a LIKE pattern. */
  private static final String BUYERS_EMAILS = "failover-" + TAG + "%";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static volatile ExtraServer balancer;
  private static final Map<String, ExtraServer> NODES = new ConcurrentHashMap<>();

  /** The rush and what it left: run by the first test, checked by the others. */
  private static CarefulBuyers rush;

  private static List<Attempt> attempts = List.of();

  private static long showtime;
  private static long killedAt;
  private static String victim;
  private static String survivor;
  private static String checkoutRoute;
  private static String checkoutTitle;
  private static long checkoutShowtime;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @BeforeAll
  static void startTheClusterBehindItsBalancer() throws Exception {
    // each server is kept as soon as it is up, so that @AfterAll stops it whatever else failed
    CompletableFuture<Void> lb =
        CompletableFuture.runAsync(() -> balancer = unchecked(() -> ExtraServer.balancer(10300)));
    Path dirA = ExtraServer.configured("failover-a", "balancer/node.cli", "standalone-full-ha.xml");
    Path dirB = ExtraServer.configured("failover-b", null, null);
    Files.copy(
        dirA.resolve("configuration/standalone-full-ha.xml"),
        dirB.resolve("configuration/standalone-full-ha.xml"),
        StandardCopyOption.REPLACE_EXISTING);
    List<String> settings =
        List.of(
            "-Dmarquee.balancer.port=18390",
            "-Dmarquee.jobs.hold-reaper-interval=PT1S",
            "-Dmarquee.jobs.reconcile-interval=PT1S",
            "-Dmarquee.payments.settle-after=PT10S");
    CompletableFuture<Void> a =
        CompletableFuture.runAsync(
            () ->
                NODES.put(
                    "marquee-fo-a",
                    unchecked(
                        () -> ExtraServer.node("marquee-fo-a", 10100, HOSTS, dirA, settings))));
    CompletableFuture<Void> b =
        CompletableFuture.runAsync(
            () ->
                NODES.put(
                    "marquee-fo-b",
                    unchecked(
                        () -> ExtraServer.node("marquee-fo-b", 10200, HOSTS, dirB, settings))));
    CompletableFuture.allOf(lb, a, b).get();
    // both nodes are registered with the balancer once new sessions land on each of them
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 120 && seen.size() < 2; i++) {
      String route = routeOfNewSession();
      if (route != null && !seen.contains(route)) {
        seen.add(route);
      }
      Thread.sleep(500);
    }
    assertEquals(2, seen.size(), "the balancer sends sessions to both nodes: " + seen);
  }

  @AfterAll
  static void stopAll() {
    NODES.values().forEach(ExtraServer::close);
    if (balancer != null) {
      balancer.close();
    }
  }

  private static String lb(String path) {
    return balancer.base() + path;
  }

  /** The node (its jboss.node.name) that a new session on the home page lands on. */
  private static String routeOfNewSession() throws InterruptedException {
    try {
      HttpResponse<Void> home =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(lb("/"))).build(),
              HttpResponse.BodyHandlers.discarding());
      return home.headers().allValues("Set-Cookie").stream()
          .filter(c -> c.startsWith("JSESSIONID="))
          .map(c -> c.substring(c.lastIndexOf('.', c.indexOf(';')) + 1, c.indexOf(';')))
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  @Test
  @Order(1)
  void aNodeIsKilledWhileBuyersBuyAndACustomerStandsAtTheCheckout() throws Exception {
    long movie =
        AdminApi.created(
            AdminApi.send("POST", "/api/v1/admin/movies", AdminApi.movie("Failover " + TAG, 95)));
    showtime = AdminApi.showtime(movie, AdminApi.auditorium(TAG, 100), 3);
    checkoutShowtime = AdminApi.showtime(movie, AdminApi.auditorium(TAG + "-c", 4), 4);

    try (Browser browser = new Browser("failover")) {
      Buyer customer = Buyer.register("failover-" + TAG + "-customer");
      toTheCheckout(browser, customer);
      checkoutRoute = route(browser);
      victim = checkoutRoute;
      survivor = victim.equals("marquee-fo-a") ? "marquee-fo-b" : "marquee-fo-a";

      rush = new CarefulBuyers(balancer.base(), showtime, "failover-" + TAG);
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> buyers = new ArrayList<>();
      for (int i = 0; i < BUYERS; i++) {
        Thread buyer = new Thread(() -> rush.buy(stop), "failover-buyer-" + i);
        buyer.start();
        buyers.add(buyer);
      }
      Thread.sleep(6000);
      killedAt = System.nanoTime();
      NODES.get(victim).kill();
      browser.driver.findElement(By.id("checkout:pay")).click();
      browser.waitUntil(
          () -> browser.driver.getCurrentUrl().contains("/account/order.xhtml"),
          "the checkout completes on the node that is left");
      checkoutTitle = browser.driver.findElement(By.id("orderTitle")).getText();
      checkoutRoute = route(browser);
      browser.screenshot("after-failover");
      Thread.sleep(8000);
      stop.set(true);
      for (Thread buyer : buyers) {
        buyer.join(Duration.ofMinutes(3).toMillis());
      }
      attempts = rush.attempts();
    }
    assertTrue(attempts.size() >= BUYERS, "the buyers bought: " + attempts.size());
    System.out.printf(
        "FailoverIT: %s killed; %d purchases (%d sold, %d after the kill), %d sent more than once%n",
        victim,
        attempts.size(),
        attempts.stream().filter(a -> a.status() == 201).count(),
        attempts.stream().filter(a -> a.status() == 201 && a.sentAt() > killedAt).count(),
        attempts.stream().filter(a -> a.tries() > 1).count());
  }

  private static String route(Browser browser) {
    String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
    return session.substring(session.lastIndexOf('.') + 1);
  }

  /** Signed in through the balancer, one seat held, the card typed in: all but the click. */
  private void toTheCheckout(Browser browser, Buyer customer) {
    browser.driver.get(lb("/login.xhtml"));
    browser.driver.findElement(By.id("login:email")).sendKeys(customer.email);
    browser.driver.findElement(By.id("login:password")).sendKeys("correct horse");
    browser.driver.findElement(By.id("login:signIn")).click();
    browser.waitUntil(() -> !browser.driver.getCurrentUrl().contains("/login.xhtml"), "signed in");
    browser.driver.get(lb("/showtimes/seats.xhtml?id=" + checkoutShowtime));
    long seat = Buyer.seatIds(checkoutShowtime).get(1);
    By button = By.cssSelector("button[data-seat-id='" + seat + "']");
    browser.driver.findElement(button).click();
    browser.waitUntil(
        () -> browser.driver.findElement(button).getAttribute("class").contains("selected"),
        "seat picked");
    browser.driver.findElement(By.id("seatMap:hold")).click();
    browser.waitUntil(
        () -> browser.driver.getCurrentUrl().contains("/account/checkout.xhtml"), "checkout");
    browser.driver.findElement(By.cssSelector("input[type=radio][value=card]")).click();
    type(browser, "checkout:cardNumber", Buyer.APPROVED);
    type(browser, "checkout:expMonth", "12");
    type(browser, "checkout:expYear", String.valueOf(LocalDate.now().getYear() + 2));
    type(browser, "checkout:cvc", "123");
    type(browser, "checkout:holderName", "Failover Customer");
    browser.screenshot("checkout-before-failover");
  }

  private static void type(Browser browser, String id, String text) {
    WebElement field = browser.driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  @Test
  @Order(2)
  void everyRequestResolvedToOneOutcomeAndRepeatingItChangesNothing() {
    for (Attempt attempt : attempts) {
      assertTrue(
          List.of(201, 402, 409).contains(attempt.status()),
          "an outcome, never an error: " + attempt.status() + " " + attempt.body());
      HttpResponse<String> again;
      try {
        again = rush.again(attempt);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      assertEquals(attempt.status(), again.statusCode(), "the same outcome again: " + again.body());
      if (attempt.status() == 201) {
        assertEquals(
            attempt.orderId(),
            Http.object(again).getJsonNumber("id").longValue(),
            "the same order");
      }
    }
  }

  @Test
  @Order(3)
  void theNodeLeftServedTheRestAndTheCustomersCheckoutWentThroughOnIt() {
    assertEquals("Enjoy the show!", checkoutTitle);
    // the session's new route is its primary owner in the cluster's session cache, which may also
    // be
    // the tests' server (a member of the cluster, though not behind the balancer): never the victim
    assertNotEquals(victim, checkoutRoute, "the session moved off the node that was lost");
    long soldAfterTheKill =
        attempts.stream().filter(a -> a.status() == 201 && a.sentAt() > killedAt).count();
    assertTrue(soldAfterTheKill > 0, "sales after the kill, all on " + survivor);
  }

  @Test
  @Order(4)
  void everyAcknowledgedSaleIsThereAndNoSeatIsSoldTwice() throws SQLException {
    try (Connection db = TestDatabase.primary("marquee")) {
      for (Attempt sale : attempts.stream().filter(a -> a.status() == 201).toList()) {
        List<Long> seats = ticketSeats(db, sale.orderId());
        Collections.sort(seats);
        List<Long> bought = new ArrayList<>(sale.seats());
        Collections.sort(bought);
        assertEquals(bought, seats, "order " + sale.orderId() + " has its tickets");
      }
      long orders =
          count(
              db,
              "select count(*) from ticket_order o join account a on a.id = o.account_id"
                  + " where o.showtime_id = ? and o.status = 'CONFIRMED' and a.email like ?",
              showtime,
              BUYERS_EMAILS);
      assertEquals(
          attempts.stream().filter(a -> a.status() == 201).count(),
          orders,
          "one order for each acknowledged sale, none besides");
      assertEquals(
          0,
          count(
              db,
              "select count(*) from (select seat_id from ticket where showtime_id = ?"
                  + " and status <> 'CANCELLED' group by seat_id having count(*) > 1) twice",
              showtime),
          "no seat sold twice");
      assertEquals(
          count(
              db,
              "select count(*) from seat_claim where showtime_id = ? and hold_id is null",
              showtime),
          count(
              db,
              "select count(*) from ticket where showtime_id = ? and status <> 'CANCELLED'",
              showtime),
          "every sold seat has its one ticket");
      assertEquals(
          1,
          count(
              db,
              "select count(*) from ticket where showtime_id = ? and status = 'VALID'",
              checkoutShowtime),
          "the customer's ticket");
    }
  }

  @Test
  @Order(5)
  void noCardIsChargedTwiceOrKeptChargedWithoutATicket() throws Exception {
    try (Connection db = TestDatabase.primary("marquee")) {
      // the reconciler settles what the lost node left open (10 s on these nodes)
      String open =
          "select count(*) from payment p join account a on a.id = p.account_id"
              + " where (p.status in ('PENDING', 'REFUND_DUE')"
              + " or (p.status = 'CAPTURED' and p.order_id is null))"
              + " and a.email like ?";
      long left = count(db, open, BUYERS_EMAILS);
      for (int i = 0; i < 120 && left > 0; i++) {
        Thread.sleep(1000);
        left = count(db, open, BUYERS_EMAILS);
      }
      assertEquals(0, left, "every payment the lost node left open is settled");

      Map<Long, Integer> chargesPerOrder = new HashMap<>();
      try (PreparedStatement ledger =
          db.prepareStatement(
              "select gc.status, p.status, o.id, o.status from payment_gateway.charge gc"
                  + " join payment p on p.idempotency_key = gc.idempotency_key"
                  + " join account a on a.id = p.account_id"
                  + " left join ticket_order o on o.id = p.order_id"
                  + " where a.email like ?")) {
        ledger.setString(1, BUYERS_EMAILS);
        try (ResultSet rows = ledger.executeQuery()) {
          while (rows.next()) {
            String charge = rows.getString(1);
            if (charge.equals("CAPTURED") || charge.equals("AUTHORIZED")) {
              assertEquals("CAPTURED", rows.getString(2), "money the gateway holds is on record");
              assertEquals("CONFIRMED", rows.getString(4), "money kept only for a ticket sold");
              chargesPerOrder.merge(rows.getLong(3), 1, Integer::sum);
            } else {
              assertNotEquals("CAPTURED", rows.getString(2), "a refunded charge is not kept");
            }
          }
        }
      }
      chargesPerOrder.forEach(
          (order, charges) -> assertEquals(1, charges, "order " + order + " charged once"));
      long sold = attempts.stream().filter(a -> a.status() == 201).count() + 1;
      assertEquals(sold, chargesPerOrder.size(), "every sale (the checkout's too) was paid");
    }
  }

  private static List<Long> ticketSeats(Connection db, long orderId) throws SQLException {
    try (PreparedStatement sql =
        db.prepareStatement(
            "select array_agg(seat_id) from ticket where order_id = ? and status = 'VALID'")) {
      sql.setLong(1, orderId);
      try (ResultSet row = sql.executeQuery()) {
        row.next();
        Array seats = row.getArray(1);
        return seats == null
            ? new ArrayList<>()
            : new ArrayList<>(Arrays.asList((Long[]) seats.getArray()));
      }
    }
  }

  private static long count(Connection db, String query, Object... parameters) throws SQLException {
    try (PreparedStatement sql = db.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        sql.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = sql.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private interface Action<T> {
    T run() throws Exception;
  }

  private static <T> T unchecked(Action<T> action) {
    try {
      return action.run();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
