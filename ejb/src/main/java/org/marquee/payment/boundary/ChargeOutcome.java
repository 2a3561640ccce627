package org.marquee.payment.boundary;

/**
 * A charge as the processor reports it: its reference there, where it stands, and for a decline the
 * processor's reason ({@code card_declined}, {@code insufficient_funds}).
 */
public record ChargeOutcome(String reference, Status status, String declineCode) {

  /** Where a charge stands at the processor. */
  public enum Status {
    AUTHORIZED,
    CAPTURED,
    DECLINED,
    REFUNDED
  }

  public boolean declined() {
    return status == Status.DECLINED;
  }

  /** Money is with the merchant: authorized or captured, not given back. */
  public boolean holdsMoney() {
    return status == Status.AUTHORIZED || status == Status.CAPTURED;
  }
}
