package org.marquee.gateway.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The built-in gateway refuses a request as a processor would: {@code code} is the machine-readable
 * reason its HTTP answer carries, {@code status} the HTTP status it answers with. It rolls back
 * whatever the request began.
 */
@ApplicationException(rollback = true)
public class GatewayRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public GatewayRefusal(int status, String code) {
    super(code);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
