package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.media.boundary.MediaKind;
import org.marquee.media.boundary.MediaService;

/**
 * Posters and trailers over real HTTP: caching headers, conditional requests and byte ranges, as a
 * CDN in front or a video player seeking in a trailer uses them.
 */
@ExtendWith(ArquillianExtension.class)
class MediaIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject MediaService media;

  private final byte[] trailer = new byte[100_000];
  private MovieView movie;

  @BeforeEach
  void storeMedia() {
    for (int i = 0; i < trailer.length; i++) {
      trailer[i] = (byte) (i * 31 + 7);
    }
    movie = fixture.releasedMovie("Media Test");
    media.store(MediaKind.TRAILER, movie.id(), "video/webm", new ByteArrayInputStream(trailer));
    media.store(
        MediaKind.POSTER, movie.id(), "image/png", new ByteArrayInputStream(new byte[] {1, 2, 3}));
  }

  @Test
  void wholeFileWithCachingHeaders() {
    HttpResponse<byte[]> response = Http.getBytes("/media/trailers/" + movie.id());
    assertEquals(200, response.statusCode());
    assertArrayEquals(trailer, response.body());
    assertEquals("video/webm", response.headers().firstValue("Content-Type").orElse(""));
    assertEquals("bytes", response.headers().firstValue("Accept-Ranges").orElse(""));
    assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
    assertTrue(response.headers().firstValue("ETag").orElse("").startsWith("\""));
    assertTrue(response.headers().firstValue("Last-Modified").isPresent());

    HttpResponse<byte[]> poster = Http.getBytes("/media/posters/" + movie.id());
    assertEquals(200, poster.statusCode());
    assertEquals("image/png", poster.headers().firstValue("Content-Type").orElse(""));
    assertArrayEquals(new byte[] {1, 2, 3}, poster.body());

    String movieJson = Http.get("/api/v1/movies/" + movie.id()).body();
    assertTrue(
        movieJson.contains("\"posterUrl\":\"/media/posters/" + movie.id() + "\""), movieJson);
    assertTrue(
        movieJson.contains("\"trailerUrl\":\"/media/trailers/" + movie.id() + "\""), movieJson);
  }

  @Test
  void notModifiedWhenTheEtagMatches() {
    String etag =
        Http.getBytes("/media/trailers/" + movie.id()).headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> again =
        Http.getBytes("/media/trailers/" + movie.id(), "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    assertEquals(
        200,
        Http.getBytes("/media/trailers/" + movie.id(), "If-None-Match", "\"other\"").statusCode());
  }

  @Test
  void byteRangesLetAPlayerSeek() {
    String path = "/media/trailers/" + movie.id();
    HttpResponse<byte[]> first = Http.getBytes(path, "Range", "bytes=0-9");
    assertEquals(206, first.statusCode());
    assertEquals("bytes 0-9/100000", first.headers().firstValue("Content-Range").orElse(""));
    assertArrayEquals(Arrays.copyOfRange(trailer, 0, 10), first.body());

    HttpResponse<byte[]> middle = Http.getBytes(path, "Range", "bytes=50000-");
    assertEquals(206, middle.statusCode());
    assertEquals(
        "bytes 50000-99999/100000", middle.headers().firstValue("Content-Range").orElse(""));
    assertArrayEquals(Arrays.copyOfRange(trailer, 50000, 100000), middle.body());

    HttpResponse<byte[]> suffix = Http.getBytes(path, "Range", "bytes=-100");
    assertEquals(206, suffix.statusCode());
    assertArrayEquals(Arrays.copyOfRange(trailer, 99900, 100000), suffix.body());

    HttpResponse<byte[]> beyond = Http.getBytes(path, "Range", "bytes=200000-300000");
    assertEquals(416, beyond.statusCode());
    assertEquals("bytes */100000", beyond.headers().firstValue("Content-Range").orElse(""));

    HttpResponse<byte[]> stale = Http.getBytes(path, "Range", "bytes=0-9", "If-Range", "\"old\"");
    assertEquals(200, stale.statusCode(), "a changed file is sent whole");
    assertEquals(100000, stale.body().length);
  }

  @Test
  void headAnswersTheHeadersWithoutTheBody() {
    HttpResponse<String> head = Http.request("HEAD", "/media/trailers/" + movie.id());
    assertEquals(200, head.statusCode());
    assertEquals("100000", head.headers().firstValue("Content-Length").orElse(""));
    assertEquals("", head.body());
  }

  @Test
  void notModifiedSinceTheLastModifiedDate() {
    String path = "/media/posters/" + movie.id();
    String lastModified = Http.getBytes(path).headers().firstValue("Last-Modified").orElseThrow();
    assertEquals(304, Http.getBytes(path, "If-Modified-Since", lastModified).statusCode());
    assertEquals(
        200,
        Http.getBytes(path, "If-Modified-Since", "Thu, 01 Jan 1998 00:00:00 GMT").statusCode());
  }

  @Test
  void severalRangesOrAMalformedRangeGetTheWholeFile() {
    String path = "/media/trailers/" + movie.id();
    for (String range : List.of("bytes=0-9,20-29", "bytes=abc", "pages=1-2")) {
      HttpResponse<byte[]> response = Http.getBytes(path, "Range", range);
      assertEquals(200, response.statusCode(), range);
      assertEquals(trailer.length, response.body().length, range);
    }
  }

  @Test
  void onlyReadingIsAllowed() {
    assertEquals(405, Http.request("POST", "/media/posters/" + movie.id()).statusCode());
    assertEquals(405, Http.request("DELETE", "/media/posters/" + movie.id()).statusCode());
  }

  @Test
  void unknownMediaIsNotFound() {
    for (String path :
        List.of(
            "/media/trailers/999999999",
            "/media/posters/abc",
            "/media/posters/-1",
            "/media/posters/99999999999999999999999",
            "/media/soundtracks/" + movie.id())) {
      assertEquals(404, Http.getBytes(path).statusCode(), path);
    }
  }
}
