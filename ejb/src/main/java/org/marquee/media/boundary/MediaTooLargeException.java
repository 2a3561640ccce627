package org.marquee.media.boundary;

import java.util.Locale;
import org.marquee.platform.BusinessException;

/**
 * A file larger than its kind allows ({@link MediaKind#maxBytes()}). The store stops reading as
 * soon as the limit is passed and keeps nothing of it, so an oversized upload costs at most the
 * limit in disk space, and only for as long as the upload lasts.
 */
public class MediaTooLargeException extends BusinessException.Invalid {

  private static final long serialVersionUID = 1L;

  public MediaTooLargeException(MediaKind kind) {
    super(
        "A "
            + kind.name().toLowerCase(Locale.ROOT)
            + " may be at most "
            + kind.maxBytes() / (1024 * 1024)
            + " MiB");
  }
}
