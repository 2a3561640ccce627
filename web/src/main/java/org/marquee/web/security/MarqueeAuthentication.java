package org.marquee.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.marquee.account.boundary.LoginGuard;
import org.marquee.web.api.Problem;

/**
 * How callers prove who they are. The API (/api/v1) speaks HTTP Basic with the account's email and
 * password on every request, and never opens an HTTP session for it: a protected endpoint without
 * credentials, or any request with wrong ones, is answered 401 with {@code WWW-Authenticate: Basic}
 * and a problem body; after too many failures ({@link LoginGuard}) the answer is 429 with {@code
 * Retry-After}, before any password is checked. Everything else passes through unauthenticated.
 */
@ApplicationScoped
public class MarqueeAuthentication implements HttpAuthenticationMechanism {

  static final String CHALLENGE = "Basic realm=\"Marquee\", charset=\"UTF-8\"";

  @Inject IdentityStoreHandler identityStores;
  @Inject LoginGuard guard;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential = decode(authorization.substring(6).trim());
      if (credential == null) {
        return challenge(response, context, "The Authorization header is malformed.");
      }
      String email = credential.getCaller();
      String address = request.getRemoteAddr();
      Optional<Duration> wait = guard.waitBefore(email, address);
      if (wait.isPresent()) {
        return tooManyAttempts(response, wait.get());
      }
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        guard.succeeded(email, address);
        return context.notifyContainerAboutLogin(result);
      }
      guard.failed(email, address);
      return challenge(response, context, "The email or password is wrong.");
    }
    if (context.isProtected()) {
      return challenge(response, context, "Sign in with your email and password (HTTP Basic).");
    }
    return context.doNothing();
  }

  /** {@code base64(email:password)}, or null when it is not that. */
  static UsernamePasswordCredential decode(String token) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0 || decoded.length() > 1024) {
      return null;
    }
    return new UsernamePasswordCredential(
        decoded.substring(0, colon), new Password(decoded.substring(colon + 1)));
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context, String detail) {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    return send(response, Problem.of(401, "unauthorized", "Unauthorized", detail));
  }

  private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Duration wait) {
    long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
    response.setHeader("Retry-After", String.valueOf(seconds));
    return send(
        response,
        Problem.of(
            429,
            "too-many-login-attempts",
            "Too many login attempts",
            "Too many failed logins. Try again in " + seconds + " seconds."));
  }

  /** Writes the problem and commits it, so that no container error page replaces its body. */
  private static AuthenticationStatus send(HttpServletResponse response, Problem problem) {
    try {
      byte[] body = problem.toJson().getBytes(StandardCharsets.UTF_8);
      response.setStatus(problem.status());
      response.setContentType(Problem.MEDIA_TYPE);
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // SEND_CONTINUE: the mechanism has answered; the container sends the response as written
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
