package org.marquee.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request bodies as a hostile client sends them: over 1 MiB on the API is 413 with problem details,
 * declared or chunked, answered before the body has even been sent whole, and the refused request
 * changes nothing; 1 MiB exactly still passes. Multipart bodies are 415 except on the movie upload
 * form; the administrators' poster upload keeps its own, larger limit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestLimitsIT {

  private static final int MIB = 1024 * 1024;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  /** A registration for a new email, padded with spaces to exactly {@code size} bytes. */
  private static byte[] registration(String email, int size) {
    String json =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", "correct horse")
            .add("displayName", "Big Body")
            .build()
            .toString();
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) ' ');
    byte[] bytes = json.getBytes(UTF_8);
    System.arraycopy(bytes, 0, body, 0, bytes.length);
    return body;
  }

  private static String email() {
    return "body-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  private static HttpResponse<String> register(byte[] body, boolean chunked) {
    HttpRequest.BodyPublisher publisher =
        chunked
            ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
            : HttpRequest.BodyPublishers.ofByteArray(body);
    return send(
        HttpRequest.newBuilder(URI.create(Http.base() + "/api/v1/accounts"))
            .header("Content-Type", "application/json")
            .POST(publisher));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void assertTooLarge(HttpResponse<String> answer) {
    assertEquals(413, answer.statusCode(), answer.body());
    assertEquals(
        "application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
    JsonObject problem = Http.object(answer);
    assertEquals("https://marquee.example/problems/request-too-large", problem.getString("type"));
    assertEquals(413, problem.getInt("status"));
    assertEquals(MIB, problem.getInt("limit"));
    assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  /** Whether the account exists: registering it again is 409 then. */
  private static boolean exists(String email) {
    HttpResponse<String> again = register(registration(email, 200), false);
    assertTrue(again.statusCode() == 201 || again.statusCode() == 409, again.body());
    return again.statusCode() == 409;
  }

  @Test
  void anApiBodyOverOneMebibyteIsRefusedAndChangesNothing() {
    for (boolean chunked : new boolean[] {false, true}) {
      String refused = email();
      assertTooLarge(register(registration(refused, MIB + 1), chunked));
      assertTooLarge(register(registration(refused, 8 * MIB), chunked));
      assertTrue(
          !exists(refused), "the refused registration made no account (chunked " + chunked + ")");

      String accepted = email();
      HttpResponse<String> exactly = register(registration(accepted, MIB), chunked);
      assertEquals(201, exactly.statusCode(), "1 MiB exactly passes: " + exactly.body());
      assertTrue(exists(accepted));
    }
  }

  @Test
  void theAnswerComesBeforeTheBodyIsWhole() throws IOException {
    // a declared 64 MiB, of which 10 bytes are sent
    String declared =
        raw(
            "POST /api/v1/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: "
                + 64 * MIB
                + "\r\n\r\n{\"email\":",
            0);
    assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
    assertTrue(declared.contains("request-too-large"), declared);
    // chunked: a little more than 1 MiB in chunks, and the last chunk never comes
    String chunked =
        raw(
            "POST /api/v1/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n",
            MIB + 64 * 1024);
    assertTrue(chunked.startsWith("HTTP/1.1 413"), chunked);
    assertTrue(chunked.contains("request-too-large"), chunked);
  }

  /**
   * Sends a request's head (and {@code chunkedBytes} of chunked body, never its end) over a socket
   * and reads the answer's head and start while the request is still open.
   */
  private static String raw(String head, int chunkedBytes) throws IOException {
    int port = Integer.parseInt(Http.base().substring(Http.base().lastIndexOf(':') + 1));
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(UTF_8));
      byte[] chunk = new byte[16 * 1024];
      Arrays.fill(chunk, (byte) ' ');
      for (int sent = 0; sent < chunkedBytes; sent += chunk.length) {
        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(UTF_8));
        out.write(chunk);
        out.write("\r\n".getBytes(UTF_8));
      }
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] answer = new byte[4096];
      int read = 0;
      while (read < answer.length) {
        int n = in.read(answer, read, answer.length - read);
        if (n < 0) {
          break;
        }
        read += n;
        String sofar = new String(answer, 0, read, UTF_8);
        if (sofar.contains("\r\n\r\n") && sofar.contains("}")) {
          break;
        }
      }
      return new String(answer, 0, read, UTF_8);
    }
  }

  @Test
  void multipartIsRefusedOnTheApiAndOnPages() {
    String body = "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--b--\r\n";
    HttpResponse<String> api =
        send(
            HttpRequest.newBuilder(URI.create(Http.base() + "/api/v1/accounts"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(415, api.statusCode(), api.body());
    assertEquals(
        "https://marquee.example/problems/unsupported-media-type",
        Http.object(api).getString("type"));
    HttpResponse<String> page =
        send(
            HttpRequest.newBuilder(URI.create(Http.base() + "/login.xhtml"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(415, page.statusCode(), page.body());
    assertTrue(page.body().contains("<h1>Unsupported media type</h1>"), page.body());
  }

  @Test
  void pagesTakeFormsUpToOneMebibyteWithTheirLength() {
    byte[] big = new byte[2 * MIB];
    Arrays.fill(big, (byte) 'a');
    byte[] form = ("login=login&x=" + new String(big, UTF_8)).getBytes(UTF_8);
    HttpResponse<String> tooLarge =
        send(
            HttpRequest.newBuilder(URI.create(Http.base() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(form)));
    assertEquals(413, tooLarge.statusCode());
    assertTrue(tooLarge.body().contains("at most 1 MiB"), tooLarge.body());
    assertEquals("nosniff", tooLarge.headers().firstValue("X-Content-Type-Options").orElse(""));
    HttpResponse<String> unknownLength =
        send(
            HttpRequest.newBuilder(URI.create(Http.base() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream("login=login".getBytes(UTF_8)))));
    assertEquals(411, unknownLength.statusCode(), unknownLength.body());
  }

  @Test
  void theAdministratorsUploadsKeepTheirOwnLimit() {
    JsonObject programme = Http.object(Http.request("POST", "/api/v1/test-fixture/programme"));
    long movie = programme.getJsonNumber("movieId").longValue();
    byte[] poster = new byte[3 * MIB / 2];
    Arrays.fill(poster, (byte) 7);
    HttpResponse<String> stored =
        send(
            HttpRequest.newBuilder(
                    URI.create(Http.base() + "/api/v1/admin/movies/" + movie + "/poster"))
                .header("Content-Type", "image/png")
                .header(
                    "Authorization",
                    Http.basic(BrowserPages.ADMIN_EMAIL, BrowserPages.ADMIN_PASSWORD))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(poster)));
    assertEquals(204, stored.statusCode(), stored.body());
    assertEquals(poster.length, Http.getBytes("/media/posters/" + movie).body().length);

    // anyone else's large upload is refused by the same rule as any other request
    HttpResponse<String> anonymous =
        send(
            HttpRequest.newBuilder(
                    URI.create(Http.base() + "/api/v1/admin/movies/" + movie + "/poster"))
                .header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(poster)));
    assertEquals(401, anonymous.statusCode(), anonymous.body());
  }
}
