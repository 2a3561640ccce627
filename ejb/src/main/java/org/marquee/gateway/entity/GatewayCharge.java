package org.marquee.gateway.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One charge in the built-in gateway's ledger, found again by the idempotency key it was asked
 * with. It moves only forward: authorized, captured, refunded; a declined charge stays declined.
 */
@Entity
@NamedQuery(
    name = GatewayCharge.BY_KEY,
    query = "select c from GatewayCharge c where c.idempotencyKey = :key")
public class GatewayCharge {

  public static final String BY_KEY = "GatewayCharge.byKey";

  /** Where a charge stands at the gateway. */
  public enum Status {
    AUTHORIZED,
    CAPTURED,
    DECLINED,
    REFUNDED
  }

  @Id
  @Column(length = 64)
  private String id;

  @Column(name = "idempotency_key", nullable = false, unique = true, length = 255)
  private String idempotencyKey;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(nullable = false, length = 64)
  private String token;

  @Column(name = "amount_cents", nullable = false)
  private int amountCents;

  @Column(nullable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "decline_code", length = 40)
  private String declineCode;

  @Column(name = "refund_key", unique = true, length = 255)
  private String refundKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected GatewayCharge() {}

  public String getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getRequestHash() {
    return requestHash;
  }

  public int getAmountCents() {
    return amountCents;
  }

  public String getCurrency() {
    return currency;
  }

  public Status getStatus() {
    return status;
  }

  public String getDeclineCode() {
    return declineCode;
  }

  public String getRefundKey() {
    return refundKey;
  }

  /** Takes the authorized money; capturing twice changes nothing. */
  public boolean capture(Instant at) {
    if (status == Status.CAPTURED) {
      return true;
    }
    if (status != Status.AUTHORIZED) {
      return false;
    }
    status = Status.CAPTURED;
    updatedAt = at;
    return true;
  }

  /**
   * Gives the money back (or releases an authorization) under {@code key}; the same key again
   * changes nothing, another key on a refunded charge is refused, as is refunding a decline.
   */
  public boolean refund(String key, Instant at) {
    if (status == Status.REFUNDED) {
      return key.equals(refundKey);
    }
    if (status == Status.DECLINED) {
      return false;
    }
    status = Status.REFUNDED;
    refundKey = key;
    updatedAt = at;
    return true;
  }
}
