package org.marquee.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The browser-side defences on every answer of the site (web.xml maps it first, for every dispatch,
 * so error pages and forwards have them too):
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}: a browser takes a file for what its Content-Type
 *       says (a poster never becomes a script);
 *   <li>{@code Referrer-Policy: same-origin}: addresses with an order's or a hold's id never leave
 *       the site in a {@code Referer};
 *   <li>{@code X-Frame-Options: DENY}, for browsers that do not know {@code frame-ancestors};
 *   <li>{@code Content-Security-Policy}: a default by kind of answer ({@link
 *       ContentSecurityPolicy}), which a page's own policy (PrimeFaces', with the page's nonce)
 *       replaces rather than joins;
 *   <li>{@code Strict-Transport-Security} when the request came over TLS ({@link
 *       HttpServletRequest#isSecure()}: behind a proxy that ends TLS, only if the server trusts it
 *       to say so).
 * </ul>
 *
 * A reset of the answer (an error page, the expired page) keeps them. The session cookie's {@code
 * SameSite} is web.xml's, its {@code Secure} under TLS the server's
 * (wildfly-config/45-headers.cli), which also sends {@code nosniff} on what is answered before this
 * filter (a refused sign-in).
 */
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String HSTS = "max-age=31536000";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // an error page or a forward answers for the address that was asked for
    Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (asked == null) {
      asked = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    }
    String uri = asked == null ? request.getRequestURI() : asked.toString();
    String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    Headers headers =
        new Headers(
            response,
            path.equals("/api") || path.startsWith("/api/")
                ? ContentSecurityPolicy.API
                : ContentSecurityPolicy.OTHER,
            request.isSecure());
    headers.apply();
    chain.doFilter(request, headers);
  }

  /** The answer, which sets the headers again after a reset and keeps one policy header. */
  static final class Headers extends HttpServletResponseWrapper {

    private final String policy;
    private final boolean secure;

    Headers(HttpServletResponse response, String policy, boolean secure) {
      super(response);
      this.policy = policy;
      this.secure = secure;
    }

    void apply() {
      HttpServletResponse response = (HttpServletResponse) getResponse();
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Referrer-Policy", "same-origin");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader(ContentSecurityPolicy.HEADER, policy);
      if (secure) {
        response.setHeader("Strict-Transport-Security", HSTS);
      }
    }

    @Override
    public void reset() {
      super.reset();
      apply();
    }

    /** A page's policy replaces the default; two policies would both apply. */
    @Override
    public void addHeader(String name, String value) {
      if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
