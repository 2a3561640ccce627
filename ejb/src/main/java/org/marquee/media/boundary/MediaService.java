package org.marquee.media.boundary;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.marquee.platform.Settings;

/**
 * Keeps movie posters and trailers on the file system rather than in PostgreSQL, because they are
 * large, written rarely and read often, and the web tier streams them with ranges, which a file
 * does well and a database column does not. It touches no database, so it is a plain CDI bean, not
 * an EJB.
 *
 * <p>Layout: {@code <root>/<kind folder>/<movieId>.data} holds the bytes, and the sidecar {@code
 * <movieId>.meta} (a properties file) holds the content type, the SHA-256 of the bytes (the ETag)
 * and the size and modification time of the data file it describes. The root is the system property
 * {@value #DIR_PROPERTY}, else {@code ${jboss.server.data.dir}/marquee-media}, else {@code
 * ${java.io.tmpdir}/marquee-media}.
 *
 * <p>Guarantees: a reader never sees a half-written file, since every version is written to a
 * temporary file, forced to disk and then renamed over the old one ({@code ATOMIC_MOVE}); a channel
 * opened on a version keeps reading that version after it is replaced. A sidecar is trusted only if
 * the size and modification time it records are those of the data file next to it, so a sidecar
 * left from an older version (between the two renames, or after a crash, or when someone copied a
 * file in by hand) is ignored: the ETag then falls back to size plus modification time and the
 * content type to the file's magic number. Nothing of a refused or oversized upload is kept.
 */
@ApplicationScoped
public class MediaService {

  /** The system property naming the root directory of the store. */
  public static final String DIR_PROPERTY = "marquee.media.dir";

  private static final String DATA_SUFFIX = ".data";
  private static final String META_SUFFIX = ".meta";
  private static final String CONTENT_TYPE = "contentType";
  private static final String SHA256 = "sha256";
  private static final String LENGTH = "length";
  private static final String MODIFIED = "modified";
  private static final int BUFFER_SIZE = 64 * 1024;

  private final Path root;

  /** The store at the configured root, see the class comment. */
  public MediaService() {
    this(configuredRoot());
  }

  /** A store at the given root directory, which is created on the first {@link #store}. */
  public MediaService(Path root) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath();
  }

  static Path configuredRoot() {
    Optional<String> configured = Settings.get(DIR_PROPERTY);
    if (configured.isPresent()) {
      return Path.of(configured.get());
    }
    String dataDir = System.getProperty("jboss.server.data.dir");
    String base = dataDir != null ? dataDir : System.getProperty("java.io.tmpdir");
    return Path.of(base, "marquee-media");
  }

  /** The root directory this store keeps its files under. */
  public Path root() {
    return root;
  }

  /**
   * Whether a file of this kind is stored for this movie: one file-system check, for listings that
   * only link to the file and need none of {@link #find}'s metadata.
   */
  public boolean has(MediaKind kind, long movieId) {
    Objects.requireNonNull(kind, "kind");
    return movieId > 0 && Files.isRegularFile(file(kind, movieId, DATA_SUFFIX));
  }

  /** The stored file of this kind for this movie, if there is one. */
  public Optional<MediaFile> find(MediaKind kind, long movieId) {
    Objects.requireNonNull(kind, "kind");
    if (movieId <= 0) {
      return Optional.empty();
    }
    Path data = file(kind, movieId, DATA_SUFFIX);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(data, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + data, e);
    }
    if (!attributes.isRegularFile()) {
      return Optional.empty();
    }
    long length = attributes.size();
    Instant modified = attributes.lastModifiedTime().toInstant();
    Optional<Properties> meta =
        readMeta(file(kind, movieId, META_SUFFIX)).filter(m -> describes(m, length, modified));
    String contentType =
        meta.map(m -> m.getProperty(CONTENT_TYPE))
            .filter(kind::accepts)
            .orElseGet(() -> sniffContentType(data));
    String etag =
        meta.map(m -> m.getProperty(SHA256))
            .filter(MediaService::isSha256Hex)
            .orElseGet(
                () -> Long.toHexString(length) + "-" + Long.toHexString(modified.toEpochMilli()));
    return Optional.of(new MediaFile(data, contentType, length, modified, quote(etag)));
  }

  /**
   * Stores the content as this movie's file of this kind, replacing any earlier one; a refused file
   * leaves the earlier one in place. Reading stops once the kind's limit is passed; the stream is
   * not closed.
   *
   * @throws UnsupportedMediaException if the content type does not belong to the kind (see {@link
   *     MediaKind#accepts}) or the content is empty
   * @throws MediaTooLargeException if the content is larger than {@link MediaKind#maxBytes()}
   * @throws IllegalArgumentException if the movie id is not positive
   * @throws UncheckedIOException if the file system fails
   */
  public MediaFile store(MediaKind kind, long movieId, String contentType, InputStream content) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    if (movieId <= 0) {
      throw new IllegalArgumentException("A movie id is positive, not " + movieId);
    }
    if (!kind.accepts(contentType)) {
      throw new UnsupportedMediaException(kind, contentType);
    }
    String normalizedType = normalize(contentType);
    Path folder = root.resolve(kind.folder());
    Path tempData = null;
    Path tempMeta = null;
    try {
      Files.createDirectories(folder);
      tempData = Files.createTempFile(folder, "." + movieId + "-", ".tmp");
      String sha256 = copy(content, tempData, kind);
      BasicFileAttributes attributes = Files.readAttributes(tempData, BasicFileAttributes.class);
      long length = attributes.size();
      Instant modified = attributes.lastModifiedTime().toInstant();

      Properties meta = new Properties();
      meta.setProperty(CONTENT_TYPE, normalizedType);
      meta.setProperty(SHA256, sha256);
      meta.setProperty(LENGTH, Long.toString(length));
      meta.setProperty(MODIFIED, modified.toString());
      tempMeta = Files.createTempFile(folder, "." + movieId + "-", ".tmp");
      try (Writer writer = Files.newBufferedWriter(tempMeta, UTF_8)) {
        meta.store(writer, "Marquee media sidecar of " + movieId + DATA_SUFFIX);
      }

      Path data = file(kind, movieId, DATA_SUFFIX);
      synchronized (this) {
        Files.move(tempData, data, ATOMIC_MOVE, REPLACE_EXISTING);
        Files.move(tempMeta, file(kind, movieId, META_SUFFIX), ATOMIC_MOVE, REPLACE_EXISTING);
      }
      return new MediaFile(data, normalizedType, length, modified, quote(sha256));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store " + kind + " of movie " + movieId, e);
    } finally {
      deleteQuietly(tempData);
      deleteQuietly(tempMeta);
    }
  }

  /**
   * Removes this movie's file of this kind.
   *
   * @return whether there was one
   */
  public boolean delete(MediaKind kind, long movieId) {
    Objects.requireNonNull(kind, "kind");
    if (movieId <= 0) {
      return false;
    }
    try {
      synchronized (this) {
        boolean existed = Files.deleteIfExists(file(kind, movieId, DATA_SUFFIX));
        Files.deleteIfExists(file(kind, movieId, META_SUFFIX));
        return existed;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + kind + " of movie " + movieId, e);
    }
  }

  private Path file(MediaKind kind, long movieId, String suffix) {
    return root.resolve(kind.folder()).resolve(movieId + suffix);
  }

  /** Copies at most the kind's limit into the file, forces it to disk and returns its SHA-256. */
  private static String copy(InputStream content, Path target, MediaKind kind) throws IOException {
    MessageDigest digest = sha256();
    long total = 0;
    byte[] buffer = new byte[BUFFER_SIZE];
    try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
      int read;
      while ((read = content.read(buffer)) != -1) {
        total += read;
        if (total > kind.maxBytes()) {
          throw new MediaTooLargeException(kind);
        }
        digest.update(buffer, 0, read);
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
        while (chunk.hasRemaining()) {
          channel.write(chunk);
        }
      }
      channel.force(true);
    }
    if (total == 0) {
      throw new UnsupportedMediaException(
          "An empty file is no " + kind.name().toLowerCase(Locale.ROOT));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  private static Optional<Properties> readMeta(Path metaFile) {
    try (Reader reader = Files.newBufferedReader(metaFile, UTF_8)) {
      Properties meta = new Properties();
      meta.load(reader);
      return Optional.of(meta);
    } catch (IOException | IllegalArgumentException e) {
      // Missing or unreadable: the caller falls back to what the data file itself tells.
      return Optional.empty();
    }
  }

  private static boolean describes(Properties meta, long length, Instant modified) {
    try {
      return Long.parseLong(meta.getProperty(LENGTH, "-1")) == length
          && Instant.parse(meta.getProperty(MODIFIED, "")).equals(modified);
    } catch (NumberFormatException | DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isSha256Hex(String value) {
    return value.length() == 64 && value.chars().allMatch(c -> HexFormat.isHexDigit(c));
  }

  /** The content type of a file without a trustworthy sidecar, from its first bytes. */
  private static String sniffContentType(Path data) {
    byte[] head = new byte[12];
    int read;
    try (InputStream in = Files.newInputStream(data)) {
      read = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + data, e);
    }
    if (read >= 8 && startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
      return "image/png";
    }
    if (read >= 3 && startsWith(head, 0, 0xff, 0xd8, 0xff)) {
      return "image/jpeg";
    }
    if (read >= 6 && startsWith(head, 0, 'G', 'I', 'F', '8')) {
      return "image/gif";
    }
    if (read >= 12
        && startsWith(head, 0, 'R', 'I', 'F', 'F')
        && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
      return "image/webp";
    }
    if (read >= 4 && startsWith(head, 0, 0x1a, 0x45, 0xdf, 0xa3)) {
      return "video/webm";
    }
    if (read >= 8 && startsWith(head, 4, 'f', 't', 'y', 'p')) {
      return "video/mp4";
    }
    return "application/octet-stream";
  }

  private static boolean startsWith(byte[] bytes, int offset, int... expected) {
    for (int i = 0; i < expected.length; i++) {
      if ((bytes[offset + i] & 0xff) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  /** {@code Image/PNG ; x=y} becomes {@code image/png; x=y}: the case of parameters may matter. */
  private static String normalize(String contentType) {
    String[] parts = contentType.split(";", 2);
    String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
    return parts.length == 1 || parts[1].isBlank() ? mediaType : mediaType + "; " + parts[1].trim();
  }

  private static String quote(String opaque) {
    return '"' + opaque + '"';
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover temporary file is hidden and never served; it costs only disk space.
    }
  }
}
