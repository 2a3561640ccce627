package org.marquee.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.marquee.web.security.MarqueeAuthentication;

/**
 * The login page (/login.xhtml): signs in through Jakarta Security with the account's email and
 * password, then goes on to the page that asked for it ({@code next}, a path on this site only).
 */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext security;

  private String email;
  private String password;
  private String next;

  public String signIn() throws IOException {
    return signIn(email, password, next);
  }

  /** Signs in and redirects; adds a message and stays on the page if that fails. */
  String signIn(String email, String password, String next) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        email == null ? "" : email,
                        new Password(password == null ? "" : password))));
    switch (status) {
      case SUCCESS -> {
        external.redirect(external.getRequestContextPath() + safeTarget(next));
        faces.responseComplete();
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        if (request.getAttribute(MarqueeAuthentication.LOGIN_WAIT) instanceof Duration wait) {
          Messages.error(null, "login.tooManyAttempts", Math.max(1, wait.toSeconds()));
        } else {
          Messages.error(null, "login.wrongCredentials");
        }
      }
    }
    return null;
  }

  /** Only a path of this site, never another host: no open redirect. */
  static String safeTarget(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.startsWith("/login.xhtml")) {
      return "/account/profile.xhtml";
    }
    return next;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
