package org.marquee.payment.entity;

/**
 * Where a payment stands. {@code PENDING} is written before the gateway is called, so a crash
 * between charge and order leaves a trace the reconciler finds.
 */
public enum PaymentStatus {
  PENDING,
  CAPTURED,
  DECLINED,
  FAILED,
  /** Its money must go back: the order was cancelled, or never came to be. */
  REFUND_DUE,
  REFUNDED
}
