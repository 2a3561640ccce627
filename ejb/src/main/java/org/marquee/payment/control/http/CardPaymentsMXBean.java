package org.marquee.payment.control.http;

/**
 * What takes this node's card payments, as JMX shows it ({@code org.marquee:type=CardPayments}): to
 * an operator's console, and to the readiness check, which lives in the EAR's library and cannot
 * see this module's classes.
 */
public interface CardPaymentsMXBean {

  /** {@code PROCESSOR}, {@code SIMULATOR} or {@code NONE} (card payments refused). */
  String getMode();

  /** In words, without any secret. */
  String getReason();
}
