package org.marquee.web.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The built-in gateway authenticates nobody: it stands for another party's service, which would
 * check its merchant's API key. Jakarta Security is switched on for every web module of the EAR
 * once one of them (Marquee's site) has a mechanism, so the gateway names its own, which lets every
 * request through unauthenticated.
 */
@ApplicationScoped
public class NoAuthentication implements HttpAuthenticationMechanism {

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return context.doNothing();
  }
}
