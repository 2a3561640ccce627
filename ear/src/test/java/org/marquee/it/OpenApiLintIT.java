package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Spectral (pinned in ear/src/test/api-tools, installed by ensure-api-tools.sh) lints the OpenAPI
 * document as the server serves it, with the committed ruleset (spectral:oas): any error fails the
 * build. The warnings are printed and counted, so that the count in src-docs/api.md stays true.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiLintIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  /**
   * Spectral, as the build installed it, on {@code document} with the project's ruleset, failing on
   * errors; its findings as JSON in {@code output}. Returns once it has finished (120 s at most).
   */
  private static Process lint(Path document, Path output) throws Exception {
    Path tools = Path.of(System.getProperty("marquee.test.api-tools", "target/api-tools"));
    Process spectral =
        new ProcessBuilder(
                tools.resolve("node_modules/.bin/spectral").toString(),
                "lint",
                document.toString(),
                "--ruleset",
                System.getProperty(
                    "marquee.test.spectral-ruleset", "src/test/api-tools/.spectral.yaml"),
                "--format",
                "json",
                "--output",
                output.toString(),
                "--fail-severity",
                "error")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertTrue(spectral.waitFor(120, TimeUnit.SECONDS), "spectral did not finish in 120 s");
    return spectral;
  }

  @Test
  void spectralFindsNoErrorInTheServedDocument() throws Exception {
    HttpResponse<String> answer = Http.get("/openapi?format=JSON");
    assertEquals(200, answer.statusCode(), answer.body());
    Path document = Files.createTempFile("marquee-openapi", ".json");
    Files.writeString(document, answer.body(), StandardCharsets.UTF_8);
    Path output = Files.createTempFile("spectral", ".json");
    Process spectral = lint(document, output);
    JsonArray results = read(output);
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (JsonObject result : results.getValuesAs(JsonObject.class)) {
      String line =
          result.getString("code")
              + " at "
              + result.getJsonArray("path")
              + ": "
              + result.getString("message");
      (result.getInt("severity") == 0 ? errors : warnings).add(line);
    }
    System.out.println(
        "Spectral: "
            + errors.size()
            + " errors, "
            + warnings.size()
            + " warnings\n"
            + String.join("\n", warnings));
    assertTrue(errors.isEmpty(), String.join("\n", errors));
    assertEquals(0, spectral.exitValue(), "spectral's exit status");
  }

  @Test
  void spectralReallyFailsADocumentWithAnError() throws Exception {
    // the same document without the info every OpenAPI document needs: Spectral must refuse it
    JsonObject served = Http.object(Http.get("/openapi?format=JSON"));
    Path document = Files.createTempFile("marquee-openapi-broken", ".json");
    Files.writeString(document, Json.createObjectBuilder(served).remove("info").build().toString());
    Path output = Files.createTempFile("spectral", ".json");
    Process spectral = lint(document, output);
    assertTrue(spectral.exitValue() != 0, "spectral's exit status for a broken document");
    assertTrue(
        read(output).getValuesAs(JsonObject.class).stream()
            .anyMatch(r -> r.getInt("severity") == 0),
        "an error for a document without info");
  }

  private static JsonArray read(Path output) throws IOException {
    try (var reader = Json.createReader(new StringReader(Files.readString(output)))) {
      return reader.readArray();
    }
  }
}
