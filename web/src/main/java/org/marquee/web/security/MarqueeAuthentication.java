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
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.marquee.account.boundary.LoginGuard;
import org.marquee.web.api.Problem;

/**
 * How callers prove who they are. The pages sign in through a login form and an HTTP session. The
 * API (/api/v1) speaks HTTP Basic with the account's email and password on every request, and never
 * opens an HTTP session for it: a protected endpoint without credentials, or any request with wrong
 * ones, is answered 401 with {@code WWW-Authenticate: Basic} and a problem body; after too many
 * failures ({@link LoginGuard}) the answer is 429 with {@code Retry-After}, before any password is
 * checked. Everything else passes through unauthenticated.
 */
@ApplicationScoped
public class MarqueeAuthentication implements HttpAuthenticationMechanism {

  static final String CHALLENGE = "Basic realm=\"Marquee\", charset=\"UTF-8\"";

  @Inject IdentityStoreHandler identityStores;
  @Inject LoginGuard guard;

  /** The signed-in caller of a page session (never of the API). */
  public record SignedIn(String email, Set<String> roles) implements Serializable {}

  /** Session attribute holding {@link SignedIn}. */
  public static final String SIGNED_IN = "marquee.signedIn";

  /** Request attribute telling the login page how long a locked-out caller must wait. */
  public static final String LOGIN_WAIT = "marquee.loginWait";

  /**
   * A password check: {@code valid} when it passed, {@code lockedFor} when it was not even tried.
   */
  private record Verification(CredentialValidationResult valid, Duration lockedFor) {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") ? api(request, response, context) : pages(request, context);
  }

  /** HTTP Basic on every request, no session. */
  private AuthenticationStatus api(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential = decode(authorization.substring(6).trim());
      if (credential == null) {
        return challenge(response, "The Authorization header is malformed.");
      }
      Verification verification = verify(credential, request.getRemoteAddr());
      if (verification.valid() != null) {
        return context.notifyContainerAboutLogin(verification.valid());
      }
      return verification.lockedFor() != null
          ? tooManyAttempts(response, verification.lockedFor())
          : challenge(response, "The email or password is wrong.");
    }
    if (context.isProtected()) {
      return challenge(response, "Sign in with your email and password (HTTP Basic).");
    }
    return context.doNothing();
  }

  /**
   * The pages: the login form authenticates once ({@code SecurityContext.authenticate}) and the
   * HTTP session, renewed at that moment against fixation, remembers the caller until logout. A
   * protected page without a signed-in caller redirects to the login page.
   */
  private AuthenticationStatus pages(HttpServletRequest request, HttpMessageContext context) {
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential()
            instanceof UsernamePasswordCredential credential) {
      Verification verification = verify(credential, request.getRemoteAddr());
      if (verification.valid() == null) {
        if (verification.lockedFor() != null) {
          request.setAttribute(LOGIN_WAIT, verification.lockedFor());
        }
        return AuthenticationStatus.SEND_FAILURE;
      }
      CredentialValidationResult valid = verification.valid();
      if (request.getSession(false) != null) {
        request.changeSessionId();
      }
      request
          .getSession(true)
          .setAttribute(
              SIGNED_IN,
              new SignedIn(
                  valid.getCallerPrincipal().getName(), Set.copyOf(valid.getCallerGroups())));
      return context.notifyContainerAboutLogin(valid);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
      return context.notifyContainerAboutLogin(signedIn.email(), signedIn.roles());
    }
    if (context.isProtected()) {
      String target = request.getRequestURI().substring(request.getContextPath().length());
      if (request.getQueryString() != null) {
        target += "?" + request.getQueryString();
      }
      return context.redirect(
          request.getContextPath()
              + "/login.xhtml?next="
              + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }
    return context.doNothing();
  }

  /** Checks a password, unless guessing from this address has to wait; counts the outcome. */
  private Verification verify(UsernamePasswordCredential credential, String address) {
    String email = credential.getCaller();
    Optional<Duration> wait = guard.waitBefore(email, address);
    if (wait.isPresent()) {
      return new Verification(null, wait.get());
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      guard.succeeded(email, address);
      return new Verification(result, null);
    }
    guard.failed(email, address);
    return new Verification(null, null);
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

  private static AuthenticationStatus challenge(HttpServletResponse response, String detail) {
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
      // closing completes the exchange: Undertow then leaves the answer alone instead of trying
      // to send an error page over a response that is already committed
      response.getOutputStream().close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // SEND_CONTINUE: the mechanism has answered; the container sends the response as written
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
