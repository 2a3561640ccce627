package org.marquee.web.media;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marquee.media.boundary.MediaService;
import org.marquee.media.entity.MediaFile;
import org.marquee.media.entity.MediaKind;

/**
 * Drives the servlet through {@code service}, as the container does, with a request and a response
 * that record what the servlet reads and writes, over a real store in a temporary directory.
 */
class MediaServletTest {

  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  @TempDir Path root;

  private MediaServlet servlet;
  private byte[] poster;
  private MediaFile posterFile;
  private byte[] trailer;

  @BeforeEach
  void storeMedia() {
    MediaService media = new MediaService(root);
    servlet = new MediaServlet();
    servlet.media = media;
    poster = "\u0089PNG-not-really-but-close-enough".getBytes(UTF_8);
    posterFile = media.store(MediaKind.POSTER, 1, "image/png", new ByteArrayInputStream(poster));
    trailer = new byte[1_000_003]; // several buffers and a bit
    for (int i = 0; i < trailer.length; i++) {
      trailer[i] = (byte) (i * 31 + i / 977);
    }
    media.store(MediaKind.TRAILER, 2, "video/webm", new ByteArrayInputStream(trailer));
  }

  @Test
  void getServesTheFileWithItsValidatorsAndCachingHeaders() throws Exception {
    Exchange x = exchange("GET", "/posters/1");

    assertEquals(200, x.status);
    assertEquals("image/png", x.contentType);
    assertEquals(poster.length, x.contentLength);
    assertEquals(posterFile.etag(), x.header("ETag"));
    assertEquals(httpDate(posterFile.lastModified()), x.header("Last-Modified"));
    assertEquals("public, max-age=3600", x.header("Cache-Control"));
    assertEquals("bytes", x.header("Accept-Ranges"));
    assertArrayEquals(poster, x.body());
  }

  @Test
  void aLargeFileIsStreamedWhole() throws Exception {
    Exchange x = exchange("GET", "/trailers/2");

    assertEquals(200, x.status);
    assertEquals("video/webm", x.contentType);
    assertEquals(trailer.length, x.contentLength);
    assertArrayEquals(trailer, x.body());
  }

  @Test
  void headAnswersTheSameHeadersWithoutABody() throws Exception {
    Exchange x = exchange("HEAD", "/trailers/2");

    assertEquals(200, x.status);
    assertEquals("video/webm", x.contentType);
    assertEquals(trailer.length, x.contentLength);
    assertEquals("bytes", x.header("Accept-Ranges"));
    assertTrue(x.header("ETag").startsWith("\""));
    assertEquals(0, x.body().length);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "/",
        "/posters",
        "/posters/",
        "/posters/abc",
        "/posters/-1",
        "/posters/0",
        "/posters/01",
        "/posters/1.0",
        "/posters/ 1",
        "/posters/1/",
        "/posters/1/extra",
        "/posters/99999999999999999999999",
        "/posters/9223372036854775808",
        "/posters/42",
        "/trailers/1",
        "/Posters/1",
        "/banners/1",
        "/posters/../trailers/2",
        "//posters/1"
      })
  void anythingButAStoredFileIsAShortPlainNotFound(String pathInfo) throws Exception {
    Exchange x = exchange("GET", pathInfo);

    assertEquals(404, x.status);
    assertEquals("text/plain;charset=UTF-8", x.contentType);
    assertEquals("Not found\n", new String(x.body(), UTF_8));
    assertNull(x.header("ETag"));
  }

  @Test
  void headOfAMissingFileIsNotFoundWithoutABody() throws Exception {
    Exchange x = exchange("HEAD", "/posters/42");

    assertEquals(404, x.status);
    assertEquals(0, x.body().length);
  }

  @Test
  void aMatchingIfNoneMatchIsNotModifiedWithTheEtagAndNoBody() throws Exception {
    for (String ifNoneMatch :
        List.of(posterFile.etag(), "W/" + posterFile.etag(), "*", "\"x\", " + posterFile.etag())) {
      Exchange x = exchange("GET", "/posters/1", "If-None-Match", ifNoneMatch);

      assertEquals(304, x.status, ifNoneMatch);
      assertEquals(posterFile.etag(), x.header("ETag"));
      assertEquals(0, x.body().length);
    }
  }

  @Test
  void ifNoneMatchSentOnSeveralLinesIsOneList() throws Exception {
    Exchange x =
        exchange("GET", "/posters/1", "If-None-Match", "\"x\"", "If-None-Match", posterFile.etag());

    assertEquals(304, x.status);
  }

  @Test
  void anOtherEtagIsServedInFullEvenIfNotModifiedSince() throws Exception {
    Exchange x =
        exchange(
            "GET",
            "/posters/1",
            "If-None-Match",
            "\"stale\"",
            "If-Modified-Since",
            httpDate(posterFile.lastModified()));

    assertEquals(200, x.status);
    assertArrayEquals(poster, x.body());
  }

  @Test
  void ifModifiedSinceIsNotModifiedFromTheFilesSecondOn() throws Exception {
    Exchange same =
        exchange("GET", "/posters/1", "If-Modified-Since", httpDate(posterFile.lastModified()));
    Exchange earlier =
        exchange(
            "GET",
            "/posters/1",
            "If-Modified-Since",
            httpDate(posterFile.lastModified().minusSeconds(1)));

    assertEquals(304, same.status);
    assertEquals(200, earlier.status);
    assertArrayEquals(poster, earlier.body());
  }

  @Test
  void aRangeIsPartialContentOfExactlyThoseBytes() throws Exception {
    Exchange x = exchange("GET", "/trailers/2", "Range", "bytes=65530-200000");

    assertEquals(206, x.status);
    assertEquals("bytes 65530-200000/" + trailer.length, x.header("Content-Range"));
    assertEquals(200000 - 65530 + 1, x.contentLength);
    assertEquals("video/webm", x.contentType);
    assertArrayEquals(Arrays.copyOfRange(trailer, 65530, 200001), x.body());
  }

  @Test
  void openAndSuffixRangesReachTheEnd() throws Exception {
    Exchange open = exchange("GET", "/trailers/2", "Range", "bytes=999990-");
    Exchange suffix = exchange("GET", "/trailers/2", "Range", "bytes=-5");

    assertEquals(206, open.status);
    assertEquals("bytes 999990-1000002/1000003", open.header("Content-Range"));
    assertArrayEquals(Arrays.copyOfRange(trailer, 999990, trailer.length), open.body());
    assertEquals(206, suffix.status);
    assertEquals("bytes 999998-1000002/1000003", suffix.header("Content-Range"));
    assertArrayEquals(Arrays.copyOfRange(trailer, 999998, trailer.length), suffix.body());
  }

  @Test
  void aRangePastTheEndIsNotSatisfiable() throws Exception {
    Exchange x = exchange("GET", "/trailers/2", "Range", "bytes=1000003-");

    assertEquals(416, x.status);
    assertEquals("bytes */1000003", x.header("Content-Range"));
    assertFalse(new String(x.body(), UTF_8).contains("Exception"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes=5-2", "bytes=abc", "lines=1-2", "bytes=0-1,4-5"})
  void anInvalidOrMultipleRangeIsIgnored(String range) throws Exception {
    Exchange x = exchange("GET", "/posters/1", "Range", range);

    assertEquals(200, x.status);
    assertNull(x.header("Content-Range"));
    assertArrayEquals(poster, x.body());
  }

  @Test
  void headIgnoresRange() throws Exception {
    Exchange x = exchange("HEAD", "/trailers/2", "Range", "bytes=0-9");

    assertEquals(200, x.status);
    assertEquals(trailer.length, x.contentLength);
    assertNull(x.header("Content-Range"));
  }

  @Test
  void ifRangeWithTheCurrentEtagOrDateHonoursTheRange() throws Exception {
    Exchange byTag =
        exchange("GET", "/posters/1", "Range", "bytes=0-3", "If-Range", posterFile.etag());
    Exchange byDate =
        exchange(
            "GET",
            "/posters/1",
            "Range",
            "bytes=0-3",
            "If-Range",
            httpDate(posterFile.lastModified()));

    assertEquals(206, byTag.status);
    assertArrayEquals(Arrays.copyOf(poster, 4), byTag.body());
    assertEquals(206, byDate.status);
  }

  @Test
  void ifRangeWithAnOldValidatorServesTheWholeFile() throws Exception {
    for (String ifRange :
        List.of(
            "\"old\"",
            "W/" + posterFile.etag(),
            httpDate(posterFile.lastModified().minusSeconds(60)))) {
      Exchange x = exchange("GET", "/posters/1", "Range", "bytes=0-3", "If-Range", ifRange);

      assertEquals(200, x.status, ifRange);
      assertNull(x.header("Content-Range"));
      assertArrayEquals(poster, x.body());
    }
  }

  @Test
  void otherMethodsAreNotAllowed() throws Exception {
    assertEquals(405, exchange("POST", "/posters/1").status);
    assertEquals(405, exchange("DELETE", "/posters/1").status);
  }

  private static String httpDate(Instant instant) {
    return HTTP_DATE.format(instant.atOffset(ZoneOffset.UTC));
  }

  private Exchange exchange(String method, String pathInfo, String... headers) throws Exception {
    Map<String, List<String>> requestHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < headers.length; i += 2) {
      requestHeaders.computeIfAbsent(headers[i], k -> new ArrayList<>()).add(headers[i + 1]);
    }
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) ->
                    switch (m.getName()) {
                      case "getMethod" -> method;
                      case "getPathInfo" -> pathInfo;
                      case "getProtocol" -> "HTTP/1.1";
                      case "getHeaders" ->
                          Collections.enumeration(
                              requestHeaders.getOrDefault((String) args[0], List.of()));
                      case "getHeader" ->
                          requestHeaders.getOrDefault((String) args[0], List.of()).stream()
                              .findFirst()
                              .orElse(null);
                      case "getDateHeader" -> -1L;
                      default -> throw new UnsupportedOperationException(m.getName());
                    });
    Exchange exchange = new Exchange();
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, m, args) -> exchange.handle(m.getName(), args));
    servlet.service(request, response);
    return exchange;
  }

  /** What the servlet answered. */
  private static final class Exchange {
    int status = 200;
    String contentType;
    long contentLength = -1;
    final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    String header(String name) {
      return headers.get(name);
    }

    byte[] body() {
      return out.toByteArray();
    }

    Object handle(String method, Object[] args) {
      switch (method) {
        case "setStatus" -> status = (Integer) args[0];
        case "sendError" -> status = (Integer) args[0];
        case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
        case "setDateHeader" ->
            headers.put((String) args[0], httpDate(Instant.ofEpochMilli((Long) args[1])));
        case "setContentType" -> contentType = (String) args[0];
        case "setContentLength" -> contentLength = (Integer) args[0];
        case "setContentLengthLong" -> contentLength = (Long) args[0];
        case "containsHeader" -> {
          return headers.containsKey((String) args[0]);
        }
        case "isCommitted" -> {
          return false;
        }
        case "getOutputStream" -> {
          return new ServletOutputStream() {
            @Override
            public void write(int b) {
              out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
              out.write(b, off, len);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              throw new UnsupportedOperationException();
            }
          };
        }
        default -> throw new UnsupportedOperationException(method);
      }
      return null;
    }
  }
}
