package org.marquee.paymentgateway.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One charge in the processor's ledger, found again by the idempotency key it was asked with. It
 * moves only forward: authorized, captured, refunded; a declined charge stays declined.
 */
@Entity
@Table(name = "charge", schema = "payment_gateway")
@NamedQuery(name = Charge.BY_KEY, query = "select c from Charge c where c.idempotencyKey = :key")
public class Charge {

  static final String BY_KEY = "Charge.byKey";

  /** Where a charge stands. */
  public enum Status {
    AUTHORIZED,
    CAPTURED,
    DECLINED,
    REFUNDED
  }

  @Id private String id;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "request_hash")
  private String requestHash;

  @Column(name = "amount_cents")
  private int amountCents;

  private String currency;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "decline_code")
  private String declineCode;

  @Column(name = "refund_key")
  private String refundKey;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Charge() {}

  public String getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
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

  String getRequestHash() {
    return requestHash;
  }

  /** Takes the authorized money; capturing twice changes nothing. */
  boolean capture(Instant at) {
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
   * changes nothing; another key on a refunded charge is refused, as is refunding a decline.
   */
  boolean refund(String key, Instant at) {
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
