package org.marquee.paymentgateway.ledger;

/**
 * The processor refuses a request: {@code code} is the machine-readable reason its answer carries,
 * {@code status} the HTTP status it answers with. Unchecked, so the transaction the request began
 * rolls back.
 */
public class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public Refusal(int status, String code) {
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
