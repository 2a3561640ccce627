package org.marquee.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A client whose Accept takes problem details ({@code application/problem+json}, {@code
 * application/json} or {@code application/*}) gets the operation's own answer, not a 406. JAX-RS
 * matches Accept against a resource method's {@code @Produces} before the method runs, so such a
 * request was refused with 406 where the method produces something else: {@code
 * application/problem+json} on a DELETE whose answer (204) has no body at all, or on a 404 that
 * would have been a problem anyway (generated clients send exactly that Accept for operations whose
 * only documented bodies are problems), {@code application/json} on the QR code's {@code
 * image/png}. Such an Accept, with a non-zero q, is therefore widened with {@code *}{@code
 * /*;q=0.001} before matching: the operation answers in its own media type when it succeeds (RFC
 * 9110 lets a server disregard Accept rather than answer 406), and every error is a problem, as
 * always. {@code *}{@code /*} needs no widening; any other Accept is left as it is.
 */
@Provider
@PreMatching
public class ProblemAccept implements ContainerRequestFilter {

  static final String ANY_ELSE = "*/*;q=0.001";

  /** The media ranges that take a problem details body. */
  private static final Set<String> PROBLEM_COMPATIBLE =
      Set.of(Problem.MEDIA_TYPE, "application/json", "application/*");

  @Override
  public void filter(ContainerRequestContext request) {
    String widened = widen(request.getHeaders().get(HttpHeaders.ACCEPT));
    if (widened != null) {
      request.getHeaders().putSingle(HttpHeaders.ACCEPT, widened);
    }
  }

  /** The Accept to match with, or null to keep the request's own. */
  static String widen(List<String> accept) {
    if (accept == null || accept.isEmpty()) {
      return null;
    }
    String joined = String.join(", ", accept);
    for (String range : joined.split(",")) {
      String[] parts = range.split(";");
      if (PROBLEM_COMPATIBLE.contains(parts[0].trim().toLowerCase(Locale.ROOT))
          && quality(parts) > 0) {
        return joined + ", " + ANY_ELSE;
      }
    }
    return null;
  }

  /** The q parameter of a media range; 1 when absent, 0 when malformed (RFC 9110 §12.4.2). */
  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
        String value = parameter.substring(2).trim();
        return value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?") ? Double.parseDouble(value) : 0;
      }
    }
    return 1;
  }
}
