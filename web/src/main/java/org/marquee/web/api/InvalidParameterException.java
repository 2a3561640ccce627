package org.marquee.web.api;

/** A query, path or body value the API cannot accept; answered with a 400 problem. */
public class InvalidParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidParameterException(String message) {
    super(message);
  }
}
