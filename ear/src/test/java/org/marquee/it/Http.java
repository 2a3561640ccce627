package org.marquee.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Real HTTP against the server the tests run in, as an outside client sends it: the port is the
 * HTTP port plus the test port offset.
 */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Http() {}

  /** Inside the server its own port offset; outside it the offset failsafe was given. */
  private static int offset() {
    return Integer.getInteger(
        "jboss.socket.binding.port-offset", Integer.getInteger("marquee.test.port-offset", 0));
  }

  public static String base() {
    return "http://127.0.0.1:" + (8080 + offset());
  }

  /** The simulated payment gateway beside this server (wildfly-config/simulator/). */
  public static String gateway() {
    return "http://127.0.0.1:" + (8081 + offset()) + "/payment-gateway/v1";
  }

  /** A path on this server's management interface (health, metrics). */
  public static String management(String path) {
    return "http://127.0.0.1:" + (9990 + offset()) + path;
  }

  /** A path on this server, or a whole URL (another node's) as it is. */
  private static String url(String path) {
    return path.startsWith("http://") ? path : base() + path;
  }

  public static HttpResponse<String> get(String path, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(url(path))).GET(),
        HttpResponse.BodyHandlers.ofString(),
        headers);
  }

  public static HttpResponse<byte[]> getBytes(String path, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(url(path))).GET(),
        HttpResponse.BodyHandlers.ofByteArray(),
        headers);
  }

  public static HttpResponse<String> post(String path, String json, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        HttpResponse.BodyHandlers.ofString(),
        headers);
  }

  /** Any method with a JSON body. */
  public static HttpResponse<String> send(
      String method, String path, String json, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json)),
        HttpResponse.BodyHandlers.ofString(),
        headers);
  }

  /** The {@code Authorization} header value for HTTP Basic. */
  public static String basic(String email, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (email + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public static HttpResponse<String> request(String method, String path, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .method(method, HttpRequest.BodyPublishers.noBody()),
        HttpResponse.BodyHandlers.ofString(),
        headers);
  }

  private static <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> body, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return CLIENT.send(request.build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonArray array(HttpResponse<String> response) {
    return (JsonArray) parse(response);
  }

  public static JsonObject object(HttpResponse<String> response) {
    return (JsonObject) parse(response);
  }

  private static JsonStructure parse(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  /** A Java stack trace's line: "at org.marquee.X.y(X.java:12)". */
  private static final java.util.regex.Pattern STACK_FRAME =
      java.util.regex.Pattern.compile("at [\\w.$/]+\\([\\w$]+\\.java:\\d+\\)");

  /** Whether a page shows a stack trace (a frame, or "Caused by"). */
  public static boolean showsStackTrace(String page) {
    return STACK_FRAME.matcher(page).find() || page.contains("Caused by");
  }
}
