package org.marquee.booking.control;

import org.marquee.payment.entity.Payment;

/** A captured payment whose money must go back, under a refund key derived from its own key. */
public record RefundDue(long paymentId, String reference, String refundKey) {

  public static RefundDue of(Payment payment) {
    return new RefundDue(
        payment.getId(), payment.getGatewayReference(), "refund_" + payment.getIdempotencyKey());
  }
}
