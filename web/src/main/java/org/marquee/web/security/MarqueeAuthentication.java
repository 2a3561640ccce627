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
 * ones, is answered 401 with {@code WWW-Authenticate: Basic} and a problem body. Everything else
 * passes through unauthenticated.
 *
 * <p>Guessing is slowed ({@link LoginGuard}) by the client's address as {@link ClientAddress}
 * resolves it behind trusted proxies. An account whose attempts must wait is answered 429 with
 * {@code Retry-After} before its password is checked; an address that fails often has its wrong
 * passwords answered 429 instead of 401, while a correct one, of any account, is let in. A public
 * endpoint is never refused for either: credentials that must wait are not checked there and the
 * request is served as anonymous, and a wrong password there is a 401 as ever. Every 401 and 429
 * says {@code Cache-Control: no-store}, so no cache in front keeps a refusal for someone else.
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
   * A sign-in attempt's outcome: {@code valid} when the password passed; {@code waitFor} when it
   * was not even checked ({@code checked} false: the account must wait) or was wrong from an
   * address whose failures are slowed ({@code checked} true); neither: a wrong password.
   */
  private record Verification(CredentialValidationResult valid, Duration waitFor, boolean checked) {

    static Verification mustWait(Duration wait) {
      return new Verification(null, wait, false);
    }

    static Verification wrong(Optional<Duration> slowed) {
      return new Verification(null, slowed.orElse(null), true);
    }
  }

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
      Verification verification = verify(credential, ClientAddress.of(request));
      if (verification.valid() != null) {
        return context.notifyContainerAboutLogin(verification.valid());
      }
      if (!context.isProtected()) {
        // a public endpoint is never refused for slowing: unchecked credentials are ignored there
        return verification.checked()
            ? challenge(response, "The email or password is wrong.")
            : context.doNothing();
      }
      return verification.waitFor() != null
          ? tooManyAttempts(response, verification.waitFor())
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
      Verification verification = verify(credential, ClientAddress.of(request));
      if (verification.valid() == null) {
        if (verification.waitFor() != null) {
          request.setAttribute(LOGIN_WAIT, verification.waitFor());
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

  /** Checks a password, unless the account's attempts have to wait; counts the outcome. */
  private Verification verify(UsernamePasswordCredential credential, String address) {
    String email = credential.getCaller();
    Optional<Duration> wait = guard.waitBeforeCheck(email, address);
    if (wait.isPresent()) {
      return Verification.mustWait(wait.get());
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      guard.succeeded(email, address);
      return new Verification(result, null, true);
    }
    return Verification.wrong(guard.failed(email, address));
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
            "Too many failed sign-ins. Try again in " + seconds + " seconds."));
  }

  /** Writes the problem and commits it, so that no container error page replaces its body. */
  private static AuthenticationStatus send(HttpServletResponse response, Problem problem) {
    try {
      byte[] body = problem.toJson().getBytes(StandardCharsets.UTF_8);
      response.setStatus(problem.status());
      response.setHeader("Cache-Control", "no-store");
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
