package org.marquee.media.boundary;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaServiceTest {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  private static final byte[] WEBM = {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 1, 2, 3, 4, 5};

  @TempDir Path root;

  private MediaService media;

  @BeforeEach
  void createStore() {
    media = new MediaService(root);
  }

  @Test
  void storedPosterIsFoundWithItsTypeLengthAndContentHashAsEtag() throws Exception {
    MediaFile stored = media.store(MediaKind.POSTER, 7, "Image/PNG", stream(PNG));

    MediaFile found = media.find(MediaKind.POSTER, 7).orElseThrow();

    assertEquals(stored, found);
    assertEquals("image/png", found.contentType());
    assertEquals(PNG.length, found.length());
    assertEquals('"' + sha256(PNG) + '"', found.etag());
    assertArrayEquals(PNG, Files.readAllBytes(found.path()));
    assertEquals(Files.getLastModifiedTime(found.path()).toInstant(), found.lastModified());
    assertTrue(found.path().startsWith(root.resolve("posters")));
  }

  @Test
  void contentTypeParametersAreKept() {
    media.store(MediaKind.TRAILER, 3, "video/webm ;codecs=vp9", stream(WEBM));

    assertEquals(
        "video/webm; codecs=vp9", media.find(MediaKind.TRAILER, 3).orElseThrow().contentType());
  }

  @Test
  void nothingIsFoundForAMovieWithoutMediaOrAnInvalidId() {
    media.store(MediaKind.POSTER, 1, "image/png", stream(PNG));

    assertEquals(Optional.empty(), media.find(MediaKind.POSTER, 2));
    assertEquals(Optional.empty(), media.find(MediaKind.TRAILER, 1));
    assertEquals(Optional.empty(), media.find(MediaKind.POSTER, 0));
    assertEquals(Optional.empty(), media.find(MediaKind.POSTER, -1));
  }

  @Test
  void findOnAStoreThatWasNeverWrittenIsEmpty() {
    MediaService fresh = new MediaService(root.resolve("not-yet-created"));

    assertEquals(Optional.empty(), fresh.find(MediaKind.TRAILER, 1));
  }

  @Test
  void aContentTypeOfTheOtherKindIsRejectedAndNothingIsWritten() throws IOException {
    assertThrows(
        UnsupportedMediaException.class,
        () -> media.store(MediaKind.POSTER, 1, "video/webm", stream(WEBM)));
    assertThrows(
        UnsupportedMediaException.class,
        () -> media.store(MediaKind.TRAILER, 1, "image/png", stream(PNG)));
    assertThrows(
        UnsupportedMediaException.class,
        () -> media.store(MediaKind.POSTER, 1, "image/svg+xml", stream(PNG)));
    assertThrows(
        UnsupportedMediaException.class, () -> media.store(MediaKind.POSTER, 1, null, stream(PNG)));

    assertEquals(List.of(), filesUnder(root));
  }

  @Test
  void anEmptyFileIsRejectedAndTheOldOneKept() throws IOException {
    media.store(MediaKind.POSTER, 1, "image/png", stream(PNG));

    assertThrows(
        UnsupportedMediaException.class,
        () -> media.store(MediaKind.POSTER, 1, "image/png", stream(new byte[0])));

    assertArrayEquals(
        PNG, Files.readAllBytes(media.find(MediaKind.POSTER, 1).orElseThrow().path()));
    assertEquals(2, filesUnder(root).size());
  }

  @Test
  void hasTellsWhetherAFileIsStoredWithoutReadingIt() {
    assertFalse(media.has(MediaKind.POSTER, 7));
    media.store(MediaKind.POSTER, 7, "image/png", stream(PNG));
    assertTrue(media.has(MediaKind.POSTER, 7));
    assertFalse(media.has(MediaKind.TRAILER, 7));
    assertFalse(media.has(MediaKind.POSTER, 0));
  }

  @Test
  void aNonPositiveMovieIdIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> media.store(MediaKind.POSTER, 0, "image/png", stream(PNG)));
    assertThrows(
        IllegalArgumentException.class,
        () -> media.store(MediaKind.POSTER, -5, "image/png", stream(PNG)));
  }

  @Test
  void aPosterOfExactlyTheLimitIsStoredAndOneByteMoreIsRejectedKeepingTheOldOne()
      throws IOException {
    long limit = MediaKind.POSTER.maxBytes();
    MediaFile atLimit = media.store(MediaKind.POSTER, 4, "image/png", zeros(limit));
    assertEquals(limit, atLimit.length());

    assertThrows(
        MediaTooLargeException.class,
        () -> media.store(MediaKind.POSTER, 4, "image/png", zeros(limit + 1)));

    assertEquals(atLimit, media.find(MediaKind.POSTER, 4).orElseThrow());
    assertEquals(2, filesUnder(root).size(), "no temporary file is left behind");
  }

  @Test
  void storingAgainReplacesContentTypeAndEtagAndLeavesNoTemporaryFiles() throws IOException {
    MediaFile first = media.store(MediaKind.POSTER, 9, "image/png", stream(PNG));
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};

    MediaFile second = media.store(MediaKind.POSTER, 9, "image/jpeg", stream(jpeg));

    MediaFile found = media.find(MediaKind.POSTER, 9).orElseThrow();
    assertEquals(second, found);
    assertEquals("image/jpeg", found.contentType());
    assertEquals(jpeg.length, found.length());
    assertNotEquals(first.etag(), found.etag());
    assertArrayEquals(jpeg, Files.readAllBytes(found.path()));
    assertEquals(
        List.of(root.resolve("posters/9.data"), root.resolve("posters/9.meta")), filesUnder(root));
  }

  @Test
  void theSameContentKeepsTheSameEtagAcrossStores() {
    String first = media.store(MediaKind.TRAILER, 2, "video/webm", stream(WEBM)).etag();
    String second = media.store(MediaKind.TRAILER, 2, "video/webm", stream(WEBM)).etag();

    assertEquals(first, second);
  }

  @Test
  void kindsAndMoviesAreKeptApart() {
    media.store(MediaKind.POSTER, 5, "image/png", stream(PNG));
    media.store(MediaKind.TRAILER, 5, "video/webm", stream(WEBM));
    media.store(MediaKind.POSTER, 6, "image/png", stream(new byte[] {1, 2, 3}));

    assertEquals(PNG.length, media.find(MediaKind.POSTER, 5).orElseThrow().length());
    assertEquals(WEBM.length, media.find(MediaKind.TRAILER, 5).orElseThrow().length());
    assertEquals(3, media.find(MediaKind.POSTER, 6).orElseThrow().length());
  }

  @Test
  void withoutASidecarTheEtagComesFromLengthAndTimeAndTheTypeFromTheContent() throws IOException {
    MediaFile stored = media.store(MediaKind.TRAILER, 8, "video/webm", stream(WEBM));
    Files.delete(root.resolve("trailers/8.meta"));

    MediaFile found = media.find(MediaKind.TRAILER, 8).orElseThrow();

    assertEquals("video/webm", found.contentType());
    assertEquals(stored.length(), found.length());
    assertEquals(
        "\""
            + Long.toHexString(WEBM.length)
            + "-"
            + Long.toHexString(stored.lastModified().toEpochMilli())
            + "\"",
        found.etag());
  }

  @Test
  void aSidecarOfAnOlderVersionIsIgnored() throws Exception {
    media.store(MediaKind.POSTER, 3, "image/jpeg", stream(new byte[] {(byte) 0xff, (byte) 0xd8}));
    Path data = root.resolve("posters/3.data");
    Files.write(data, PNG);
    Files.setLastModifiedTime(data, FileTime.from(Instant.parse("2024-05-01T10:00:00Z")));

    MediaFile found = media.find(MediaKind.POSTER, 3).orElseThrow();

    assertEquals("image/png", found.contentType());
    assertEquals(PNG.length, found.length());
    assertEquals(Instant.parse("2024-05-01T10:00:00Z"), found.lastModified());
    assertFalse(found.etag().contains(sha256(PNG)));
    assertTrue(found.etag().startsWith("\"") && found.etag().endsWith("\""));
  }

  @Test
  void aFileOfUnknownFormatWithoutSidecarIsServedAsOctetStream() throws IOException {
    Files.createDirectories(root.resolve("posters"));
    Files.writeString(root.resolve("posters/11.data"), "hello", UTF_8);

    assertEquals(
        "application/octet-stream", media.find(MediaKind.POSTER, 11).orElseThrow().contentType());
  }

  @Test
  void deleteRemovesTheFileAndItsSidecar() throws IOException {
    media.store(MediaKind.POSTER, 12, "image/png", stream(PNG));

    assertTrue(media.delete(MediaKind.POSTER, 12));
    assertFalse(media.delete(MediaKind.POSTER, 12));
    assertEquals(Optional.empty(), media.find(MediaKind.POSTER, 12));
    assertEquals(List.of(), filesUnder(root));
  }

  @Test
  void theRootComesFromTheMediaDirPropertyThenTheServerDataDir() {
    String savedMedia = System.getProperty(MediaService.DIR_PROPERTY);
    String savedData = System.getProperty("jboss.server.data.dir");
    try {
      System.setProperty(MediaService.DIR_PROPERTY, "/srv/media");
      System.setProperty("jboss.server.data.dir", "/opt/wildfly/standalone/data");
      assertEquals(Path.of("/srv/media"), MediaService.configuredRoot());

      System.clearProperty(MediaService.DIR_PROPERTY);
      assertEquals(
          Path.of("/opt/wildfly/standalone/data/marquee-media"), MediaService.configuredRoot());

      System.clearProperty("jboss.server.data.dir");
      assertEquals(
          Path.of(System.getProperty("java.io.tmpdir"), "marquee-media"),
          MediaService.configuredRoot());
    } finally {
      restore(MediaService.DIR_PROPERTY, savedMedia);
      restore("jboss.server.data.dir", savedData);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** A stream of {@code count} zero bytes that holds none of them in memory. */
  private static InputStream zeros(long count) {
    return new InputStream() {
      private long left = count;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        left--;
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        Arrays.fill(b, off, off + n, (byte) 0);
        left -= n;
        return n;
      }
    };
  }

  private static List<Path> filesUnder(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
