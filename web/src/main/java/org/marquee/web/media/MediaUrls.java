package org.marquee.web.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.marquee.media.boundary.MediaKind;
import org.marquee.media.boundary.MediaService;

/**
 * The address {@link MediaServlet} serves a movie's poster or trailer at, or null when none is
 * stored: what the API's {@code posterUrl}/{@code trailerUrl} and the pages link to.
 */
@ApplicationScoped
public class MediaUrls {

  @Inject MediaService media;

  public String of(MediaKind kind, long movieId) {
    return media.has(kind, movieId) ? "/media/" + kind.folder() + "/" + movieId : null;
  }
}
