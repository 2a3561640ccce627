package org.marquee.media.boundary;

import java.util.Locale;
import org.marquee.platform.BusinessException;

/**
 * A file offered to the media store that it will not keep: its content type is not one the kind
 * accepts (an image as a trailer, a PDF as a poster), or it is empty. Unchecked and an application
 * exception, so a caller inside a transaction rolls back and sees this exception itself rather than
 * a wrapped one.
 */
public class UnsupportedMediaException extends BusinessException.Invalid {

  private static final long serialVersionUID = 1L;

  public UnsupportedMediaException(MediaKind kind, String contentType) {
    super(
        "A "
            + kind.name().toLowerCase(Locale.ROOT)
            + " must be of type "
            + kind.contentTypePrefix()
            + "*, not "
            + contentType);
  }

  public UnsupportedMediaException(String message) {
    super(message);
  }
}
