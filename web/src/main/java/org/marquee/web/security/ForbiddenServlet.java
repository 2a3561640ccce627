package org.marquee.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.marquee.web.api.Problem;

/**
 * The error page for 403 (web.xml): a signed-in caller without the role a URL requires. An API
 * caller gets a problem details body, a person the "not allowed" page.
 */
@WebServlet("/forbidden")
public class ForbiddenServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
      byte[] body =
          Problem.of(403, "forbidden", "Forbidden", "Your account may not do this.")
              .toJson()
              .getBytes(StandardCharsets.UTF_8);
      response.setContentType(Problem.MEDIA_TYPE);
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      return;
    }
    request.getRequestDispatcher("/not-allowed.xhtml").forward(request, response);
  }
}
