package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The accessibility check of the browser tests: Deque's axe-core (its {@code axe.min.js}, from the
 * test dependency {@code com.deque.html.axe-core:selenium}) run in the page against the WCAG 2.1 A
 * and AA rules. A page passes when axe finds no violation of impact "serious" or "critical".
 */
final class Axe {

  private static final Set<String> BLOCKING = Set.of("serious", "critical");
  private static final String SCRIPT = load();

  private Axe() {}

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The serious and critical violations on the page the browser shows, one line each. */
  static List<String> violations(Browser browser) {
    browser.js(SCRIPT);
    String json =
        (String)
            browser.driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values:"
                    + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                    + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                    + ".catch(function (e) { done(JSON.stringify([{id: 'axe-failed',"
                    + " impact: 'critical', help: String(e), nodes: []}])); });");
    JsonArray found = Json.createReader(new StringReader(json)).readArray();
    return found.getValuesAs(JsonObject.class).stream()
        .filter(v -> BLOCKING.contains(v.getString("impact", "")))
        .map(
            v ->
                v.getString("impact")
                    + " "
                    + v.getString("id")
                    + ": "
                    + v.getString("help")
                    + " at "
                    + v.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                        .map(n -> n.getJsonArray("target").toString())
                        .limit(5)
                        .toList())
        .toList();
  }

  /** Fails with the list of what axe found on {@code page}, if anything serious. */
  static void check(Browser browser, String page) {
    List<String> violations = violations(browser);
    assertTrue(violations.isEmpty(), page + ": " + String.join("\n", violations));
  }
}
