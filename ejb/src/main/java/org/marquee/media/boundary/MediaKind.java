package org.marquee.media.boundary;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of media a movie can have. Each kind owns the rules that keep its store sane: the
 * folder it lives in (also the URL segment under {@code /media/}), the family of content types it
 * accepts, so that a trailer slot never ends up holding a PDF, and the largest file it takes, so
 * that one upload cannot fill the disk.
 */
public enum MediaKind {
  POSTER("posters", "image/", 10L * 1024 * 1024),
  TRAILER("trailers", "video/", 200L * 1024 * 1024);

  private final String folder;
  private final String contentTypePrefix;
  private final long maxBytes;

  MediaKind(String folder, String contentTypePrefix, long maxBytes) {
    this.folder = folder;
    this.contentTypePrefix = contentTypePrefix;
    this.maxBytes = maxBytes;
  }

  /** The folder name, both on disk and in the {@code /media/{folder}/{movieId}} URL. */
  public String folder() {
    return folder;
  }

  /** The start of every content type this kind accepts, {@code image/} or {@code video/}. */
  public String contentTypePrefix() {
    return contentTypePrefix;
  }

  /** The largest file, in bytes, that this kind stores. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Whether a content type such as {@code image/png} or {@code video/webm; codecs=vp9} belongs to
   * this kind. The type and subtype are compared case-insensitively, parameters are ignored, and
   * control characters are refused, since the value ends up in a response header. SVG is refused as
   * a poster: it can carry script, and the store serves files from the application's own origin.
   */
  public boolean accepts(String contentType) {
    if (contentType == null || contentType.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return false;
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!mediaType.startsWith(contentTypePrefix)) {
      return false;
    }
    String subtype = mediaType.substring(contentTypePrefix.length());
    return !subtype.isEmpty()
        && subtype.chars().allMatch(MediaKind::isTokenChar)
        && !subtype.startsWith("svg");
  }

  /** The kind stored in the given folder, as found in a {@code /media/...} URL. */
  public static Optional<MediaKind> fromFolder(String folder) {
    for (MediaKind kind : values()) {
      if (kind.folder.equals(folder)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private static boolean isTokenChar(int c) {
    return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
  }
}
