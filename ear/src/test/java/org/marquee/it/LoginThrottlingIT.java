package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.it.FromProxy.Answer;

/**
 * The slowing down of password guessing, attacked from outside over real HTTP. The tests' server
 * trusts 127.0.0.2 as its proxy, so a request sent from there ({@link FromProxy}) comes from the
 * client its {@code X-Forwarded-For} names: each test plays many clients, each with addresses of
 * its own (198.18.0.0/15, a range for tests) and accounts of its own, so no test leaves an address
 * or an account slowed for another. The defaults hold: an account's attempts wait after 5 failures
 * (2 s, doubling to a minute), an address's failures are slowed after 50. Tests that need an
 * account to wait long enough for several requests let it reach 8 s, which takes 6 s of waiting.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottlingIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  private static final String PASSWORD = "correct horse";
  private static final int ACCOUNT_FREE = 5;
  private static final int ADDRESS_FREE = 50;

  private static final AtomicInteger NEXT_ADDRESS =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 16) * 8);

  /** A client address no other test (of this run) uses. */
  static String newAddress() {
    int n = NEXT_ADDRESS.getAndIncrement() & 0x1ffff;
    return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
  }

  /** A registered account of its own. */
  static String newAccount(String tag) {
    String email = tag + "-" + UUID.randomUUID().toString().substring(0, 8) + "@throttle.example";
    var created = AccountsIT.register(AccountsIT.registration(email));
    assertEquals(201, created.statusCode(), created.body());
    return email;
  }

  private static Answer me(String client, String email, String password) {
    return FromProxy.get(
        "/api/v1/accounts/me",
        "X-Forwarded-For",
        client,
        "Authorization",
        Http.basic(email, password));
  }

  /** {@code count} wrong passwords for {@code email}, each from a new address, each a 401. */
  private static void failFromEverywhere(String email, int count) {
    for (int i = 0; i < count; i++) {
      assertEquals(401, me(newAddress(), email, "wrong guess " + i).status(), "failure " + i);
    }
  }

  /**
   * Guesses {@code email}'s password from new addresses until its attempts wait {@code 2^(extra+1)}
   * seconds: five failures, then one more after each wait has passed (a waiting account's attempts
   * are refused before they could count). Returns when the last wait has just begun.
   */
  static void guessUntilItWaits(String email, int extra) throws InterruptedException {
    failFromEverywhere(email, ACCOUNT_FREE);
    for (int i = 0; i < extra; i++) {
      Thread.sleep((2000L << i) + 150);
      assertEquals(401, me(newAddress(), email, "late guess " + i).status(), "late guess " + i);
    }
  }

  static void assertTooMany(Answer answer, long atMostSeconds) {
    assertEquals(429, answer.status(), answer.toString());
    long retryAfter = Long.parseLong(answer.header("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= atMostSeconds, "Retry-After " + retryAfter);
    assertEquals("no-store", answer.header("Cache-Control").orElse(null), "no cache keeps it");
    assertTrue(
        answer.header("Content-Type").orElse("").startsWith("application/problem+json"),
        answer.toString());
    JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
    assertEquals(429, problem.getInt("status"));
    assertTrue(problem.getString("type").endsWith("/too-many-login-attempts"), answer.body());
  }

  @Test
  void anAccountGuessedFromManyAddressesWaitsWhateverTheAddressAndOnlyBriefly()
      throws InterruptedException {
    String email = newAccount("spread");
    failFromEverywhere(email, ACCOUNT_FREE);

    Answer refused = me(newAddress(), email, PASSWORD);
    assertTooMany(refused, 2);
    assertTooMany(
        FromProxy.direct("/api/v1/accounts/me", "Authorization", Http.basic(email, PASSWORD)), 2);

    // a delay, not a lock: once the wait is over, the right password is let in from anywhere
    Thread.sleep(Long.parseLong(refused.header("Retry-After").orElseThrow()) * 1000 + 300);
    Answer in = me(newAddress(), email, PASSWORD);
    assertEquals(200, in.status(), in.toString());
  }

  @Test
  void guessesArrivingTogetherWhenAWaitEndsGetOneCheck() throws Exception {
    String email = newAccount("rush");
    failFromEverywhere(email, ACCOUNT_FREE);
    Thread.sleep(2150); // the first wait (2 s) is over
    int guessers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(guessers);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < guessers; i++) {
        String guess = "rush " + i;
        String client = newAddress();
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return me(client, email, guess).status();
                }));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(60, TimeUnit.SECONDS));
      }
      assertEquals(1, statuses.stream().filter(s -> s == 401).count(), "one check: " + statuses);
      assertEquals(guessers - 1, statuses.stream().filter(s -> s == 429).count(), "" + statuses);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void guessingElsewhereNeverSlowsTheCustomerAtTheirOwnAddress() throws InterruptedException {
    String email = newAccount("home");
    String home = newAddress();
    assertEquals(200, me(home, email, PASSWORD).status(), "signed in once from home");

    guessUntilItWaits(email, 2);
    assertTooMany(me(newAddress(), email, PASSWORD), 8);
    assertEquals(200, me(home, email, PASSWORD).status(), "home is the customer's own");

    // guessing at the customer's own address is slowed as well, by its own count
    for (int i = 0; i < ACCOUNT_FREE; i++) {
      assertEquals(401, me(home, email, "typo " + i).status());
    }
    assertTooMany(me(home, email, PASSWORD), 2);
  }

  @Test
  void aSpoofedHeaderFromAnUntrustedPeerChangesNothing() throws InterruptedException {
    String email = newAccount("spoof");
    String home = newAddress();
    assertEquals(200, me(home, email, PASSWORD).status());
    guessUntilItWaits(email, 2);
    String auth = Http.basic(email, PASSWORD);

    // 127.0.0.1 is no proxy: its headers are its own claims, and it is not the customer's home
    assertTooMany(
        FromProxy.direct("/api/v1/accounts/me", "X-Forwarded-For", home, "Authorization", auth), 8);
    assertTooMany(
        FromProxy.direct("/api/v1/accounts/me", "Forwarded", "for=" + home, "Authorization", auth),
        8);
    // through the proxy, the client is the nearest hop it did not write itself: what the client
    // put to the left of it is not read
    assertTooMany(
        FromProxy.get(
            "/api/v1/accounts/me",
            "X-Forwarded-For",
            home + ", " + newAddress(),
            "Authorization",
            auth),
        8);
    assertTooMany(
        FromProxy.get(
            "/api/v1/accounts/me",
            "X-Forwarded-For",
            home,
            "X-Forwarded-For",
            newAddress(),
            "Authorization",
            auth),
        8);
    // the header the server is not told to read is ignored even from the proxy
    assertTooMany(
        FromProxy.get("/api/v1/accounts/me", "Forwarded", "for=" + home, "Authorization", auth), 8);
    assertEquals(200, me(home, email, PASSWORD).status(), "the real thing is let in");
  }

  @Test
  void anAddressThatFailsOftenIsSlowedForFailuresButLetsCorrectPasswordsIn() {
    String busy = newAddress();
    String customer = newAccount("behind-nat");
    for (int i = 0; i < ADDRESS_FREE; i++) {
      String stranger = "nobody-" + UUID.randomUUID() + "@throttle.example";
      assertEquals(401, me(busy, stranger, "guess").status(), "failure " + i);
    }
    String stranger = "nobody-" + UUID.randomUUID() + "@throttle.example";
    assertTooMany(me(busy, stranger, "guess"), 2);
    assertTooMany(me(busy, customer, "a wrong one"), 4);

    Answer in = me(busy, customer, PASSWORD);
    assertEquals(200, in.status(), "another account's correct password is never refused: " + in);
    assertEquals(200, me(busy, newAccount("also-behind-nat"), PASSWORD).status());

    // public reads from the busy address: a wrong password is a 401 there, never a 429
    Answer read =
        FromProxy.get(
            "/api/v1/movies",
            "X-Forwarded-For",
            busy,
            "Authorization",
            Http.basic(stranger, "guess"));
    assertEquals(401, read.status(), read.toString());
    assertEquals("no-store", read.header("Cache-Control").orElse(null));
    assertEquals(200, FromProxy.get("/api/v1/movies", "X-Forwarded-For", busy).status());

    // the busy address is its own: its neighbour and the tests' own address fail as ever
    assertEquals(401, me(newAddress(), "nobody-" + UUID.randomUUID() + "@x.example", "g").status());
    assertEquals(
        401,
        FromProxy.direct(
                "/api/v1/accounts/me",
                "X-Forwarded-For",
                busy,
                "Authorization",
                Http.basic("nobody-" + UUID.randomUUID() + "@x.example", "guess"))
            .status(),
        "a busy address named by an untrusted peer is not believed");
  }

  @Test
  void publicReadsAreNeverRefusedForAnAccountThatMustWait() throws InterruptedException {
    String email = newAccount("reader");
    guessUntilItWaits(email, 2);
    String client = newAddress();
    assertTooMany(me(client, email, PASSWORD), 8);

    for (String path :
        new String[] {"/api/v1/movies", "/api/v1/theaters", "/api/v1/showtimes?limit=5"}) {
      for (String password : new String[] {PASSWORD, "wrong"}) {
        Answer read =
            FromProxy.get(
                path, "X-Forwarded-For", client, "Authorization", Http.basic(email, password));
        assertEquals(200, read.status(), path + ": " + read);
        assertTrue(read.body().startsWith("["), read.body());
      }
    }
    // the reads checked no password: they added no failure, and the wait did not grow
    assertTooMany(me(client, email, PASSWORD), 8);
  }

  @Test
  void aMalformedForwardingHeaderFromTheProxyLeavesTheProxyAsTheClient()
      throws InterruptedException {
    String email = newAccount("junk-header");
    String auth = Http.basic(email, PASSWORD);
    // the proxy's own address becomes the account's own: a request without a header comes from it
    assertEquals(200, FromProxy.get("/api/v1/accounts/me", "Authorization", auth).status());
    guessUntilItWaits(email, 2);
    assertTooMany(me(newAddress(), email, PASSWORD), 8);
    for (String junk :
        new String[] {"not-an-address", "999.1.2.3", "[::1", "a, , <b>", "010.1.2.3", "unknown"}) {
      Answer answer =
          FromProxy.get("/api/v1/accounts/me", "X-Forwarded-For", junk, "Authorization", auth);
      assertEquals(200, answer.status(), junk + ": the proxy itself is the client, " + answer);
    }
    assertEquals(200, FromProxy.get("/api/v1/movies", "X-Forwarded-For", "<script>").status());
  }
}
