package org.marquee.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URISyntaxException;
import org.marquee.platform.Settings;

/**
 * The Content-Security-Policy of Marquee's answers, in one place.
 *
 * <p>The pages' policy ({@link #getPages()}) is PrimeFaces' {@code primefaces.CSP_POLICY}
 * (web.xml): PrimeFaces appends the page's nonce to its last directive, {@code script-src 'self'},
 * so a page runs the scripts of this site and the inline scripts it rendered itself, never an
 * injected one, nor an inline event handler, nor {@code eval}. Styles may be inline (the schedule
 * positions its blocks, the charts size themselves with {@code style} attributes); images may be
 * {@code data:} URLs (the tickets' QR codes). Posters and trailers come from this site or from the
 * media origin ({@code marquee.media.origin}, e.g. {@code https://media.example.com}, when they are
 * served from elsewhere). Nothing may frame a page ({@code frame-ancestors 'none'}), no plugin
 * runs, {@code <base>} cannot move relative URLs elsewhere, and forms post to this site only.
 *
 * <p>Answers that are not pages get {@link #API} (JSON runs nothing at all) or {@link #OTHER}
 * (files, images, PDFs: only never framed; a stricter default would stop a browser's own viewer).
 */
@Named("contentSecurityPolicy")
@ApplicationScoped
public class ContentSecurityPolicy {

  public static final String HEADER = "Content-Security-Policy";
  public static final String REPORT_ONLY_HEADER = "Content-Security-Policy-Report-Only";

  /** The answers of /api/v1. */
  public static final String API = "default-src 'none'; frame-ancestors 'none'";

  /** Every other answer that is not a page: media, the tickets' PDF, scripts and styles. */
  public static final String OTHER = "frame-ancestors 'none'";

  private final String pages = pages(Settings.get("marquee.media.origin").orElse(null));

  /** Reads the setting when the application starts, so that a wrong one stops it there. */
  void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
    getPages();
  }

  /** The pages' policy, ending with {@code script-src 'self'} for PrimeFaces to add the nonce. */
  public String getPages() {
    return pages;
  }

  static String pages(String mediaOrigin) {
    String media = mediaOrigin == null ? "" : " " + origin(mediaOrigin);
    return "default-src 'self'; img-src 'self' data:"
        + media
        + "; media-src 'self'"
        + media
        + "; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self';"
        + " form-action 'self'; frame-ancestors 'none'; script-src 'self'";
  }

  /**
   * The scheme, host and port of an origin setting, refusing anything that could add a directive or
   * a wildcard to the policy: a wrong setting stops the deployment ({@link #check}).
   */
  static String origin(String setting) {
    try {
      URI uri = new URI(setting.trim());
      String scheme = uri.getScheme();
      if (uri.getHost() == null
          || scheme == null
          || !(scheme.equals("https") || scheme.equals("http"))
          || uri.getUserInfo() != null
          || uri.getQuery() != null
          || uri.getFragment() != null
          || !(uri.getRawPath() == null
              || uri.getRawPath().isEmpty()
              || uri.getRawPath().equals("/"))
          || !uri.getHost().matches("[A-Za-z0-9.-]+")) {
        throw new IllegalArgumentException(
            "marquee.media.origin must be an origin such as https://media.example.com: " + setting);
      }
      return scheme + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "marquee.media.origin must be an origin such as https://media.example.com: " + setting,
          e);
    }
  }
}
