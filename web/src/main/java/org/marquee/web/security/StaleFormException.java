package org.marquee.web.security;

import jakarta.faces.FacesException;

/**
 * A page's form posted without the script nonce of the page it came from ({@link FormNonces}): not
 * a form this site served to this session, or one that has lost its page. The page's exception
 * handler answers it as it answers an expired view, with the expired page.
 */
public class StaleFormException extends FacesException {

  private static final long serialVersionUID = 1L;

  public StaleFormException(String message) {
    super(message);
  }
}
