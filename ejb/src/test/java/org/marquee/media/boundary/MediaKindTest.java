package org.marquee.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaKindTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"image/png", "image/jpeg", "IMAGE/WebP", " image/png ; q=1", "image/avif"})
  void posterAcceptsImages(String contentType) {
    assertTrue(MediaKind.POSTER.accepts(contentType));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "video/webm",
        "application/pdf",
        "image/",
        "image",
        "imagex/png",
        "image/svg+xml",
        "image/png\r\nSet-Cookie: a=b",
        "image/pn g",
        "text/html"
      })
  void posterRefusesAnythingElse(String contentType) {
    assertFalse(MediaKind.POSTER.accepts(contentType));
  }

  @ParameterizedTest
  @ValueSource(strings = {"video/webm", "video/mp4", "video/webm; codecs=\"vp9, opus\""})
  void trailerAcceptsVideos(String contentType) {
    assertTrue(MediaKind.TRAILER.accepts(contentType));
  }

  @ParameterizedTest
  @ValueSource(strings = {"image/png", "audio/ogg", "application/octet-stream"})
  void trailerRefusesAnythingElse(String contentType) {
    assertFalse(MediaKind.TRAILER.accepts(contentType));
  }

  @Test
  void folderNamesMapBothWays() {
    assertEquals("posters", MediaKind.POSTER.folder());
    assertEquals("trailers", MediaKind.TRAILER.folder());
    assertEquals(Optional.of(MediaKind.POSTER), MediaKind.fromFolder("posters"));
    assertEquals(Optional.of(MediaKind.TRAILER), MediaKind.fromFolder("trailers"));
    assertEquals(Optional.empty(), MediaKind.fromFolder("POSTERS"));
    assertEquals(Optional.empty(), MediaKind.fromFolder("poster"));
  }

  @Test
  void limitsAreTenAndTwoHundredMebibytes() {
    assertEquals(10L << 20, MediaKind.POSTER.maxBytes());
    assertEquals(200L << 20, MediaKind.TRAILER.maxBytes());
  }
}
