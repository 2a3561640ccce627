package org.marquee.web.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.marquee.platform.logging.RequestIds;

/**
 * Gives every request an id ({@link RequestIds}): the caller's {@code X-Request-Id}, or a new one.
 * It is in the logging context while the request is served, so marquee.log's lines carry it, and in
 * the answer's {@code X-Request-Id}, so a user's report or a load balancer's log leads to them.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = RequestIds.accept(request.getHeader(RequestIds.HEADER));
    response.setHeader(RequestIds.HEADER, id);
    RequestIds.set(id);
    try {
      chain.doFilter(request, response);
    } finally {
      RequestIds.clear();
    }
  }
}
