package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * MicroProfile Health on the management interface (wildfly-config/52-health.cli), as a load
 * balancer reads it: live and ready while the database answers; not ready, yet still live, while
 * the database refuses every connection (the test shuts its doors with {@code ALLOW_CONNECTIONS},
 * and ends the connections the pool holds); ready again once it answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  /** The check named {@code name} of the answer. */
  private static JsonObject check(HttpResponse<String> answer, String name) {
    return Http.object(answer).getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + answer.body()));
  }

  private static HttpResponse<String> readyWithin(int status, int seconds)
      throws InterruptedException {
    HttpResponse<String> answer = Http.get(Http.management("/health/ready"));
    for (int i = 0; i < seconds * 5 && answer.statusCode() != status; i++) {
      Thread.sleep(200);
      answer = Http.get(Http.management("/health/ready"));
    }
    return answer;
  }

  @Test
  void readyWhileTheDatabaseAnswersNotReadyButLiveWhileItRefuses() throws Exception {
    HttpResponse<String> ready = Http.get(Http.management("/health/ready"));
    assertEquals(200, ready.statusCode(), ready.body());
    assertEquals("UP", check(ready, "database").getString("status"));
    JsonObject cards = check(ready, "card-payments");
    assertEquals("UP", cards.getString("status"));
    assertEquals("SIMULATOR", cards.getJsonObject("data").getString("mode"), "the tests' own");
    HttpResponse<String> live = Http.get(Http.management("/health/live"));
    assertEquals(200, live.statusCode(), live.body());
    assertEquals("UP", check(live, "threads").getString("status"));

    try (Connection owner = TestDatabase.primary("postgres");
        Statement sql = owner.createStatement()) {
      sql.execute("alter database marquee allow_connections false");
      try {
        sql.execute(
            "select pg_terminate_backend(pid) from pg_stat_activity"
                + " where datname = 'marquee' and pid <> pg_backend_pid()");
        HttpResponse<String> down = readyWithin(503, 10);
        assertEquals(503, down.statusCode(), down.body());
        JsonObject database = check(down, "database");
        assertEquals("DOWN", database.getString("status"));
        assertEquals("55000", database.getJsonObject("data").getString("sqlState"), down.body());
        HttpResponse<String> stillLive = Http.get(Http.management("/health/live"));
        assertEquals(200, stillLive.statusCode(), "no reason to restart: " + stillLive.body());
      } finally {
        sql.execute("alter database marquee allow_connections true");
      }
    }
    HttpResponse<String> again = readyWithin(200, 10);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals("UP", check(again, "database").getString("status"));
  }
}
