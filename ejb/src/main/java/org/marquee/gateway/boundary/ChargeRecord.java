package org.marquee.gateway.boundary;

import org.marquee.gateway.entity.GatewayCharge;

/** A charge as the built-in gateway reports it over HTTP. */
public record ChargeRecord(
    String id,
    String idempotencyKey,
    String status,
    int amountCents,
    String currency,
    String declineCode) {

  static ChargeRecord of(GatewayCharge charge) {
    return new ChargeRecord(
        charge.getId(),
        charge.getIdempotencyKey(),
        charge.getStatus().name(),
        charge.getAmountCents(),
        charge.getCurrency(),
        charge.getDeclineCode());
  }

  public boolean declined() {
    return GatewayCharge.Status.DECLINED.name().equals(status);
  }
}
