package org.marquee.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.marquee.payment.entity.Payment;

/**
 * The remembered answer to a purchase sent with an {@code Idempotency-Key}: per sender and key, the
 * hash of the request and either the order it made or the refusal it met. A repeat with the same
 * key and body gets the same answer and is never charged twice. Until it is answered, it names the
 * node working on it ({@code worker}; none when the last attempt ended without an answer, such as a
 * gateway that did not answer) and the payment of its latest attempt, which a repeat adopts.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {

  /** Keys belong to the account that sent them. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "idempotency_key", length = 255)
    private String key;

    protected Key() {}

    public Key(Long ownerId, String key) {
      this.ownerId = ownerId;
      this.key = key;
    }

    public Long getOwnerId() {
      return ownerId;
    }

    public String getKey() {
      return key;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && Objects.equals(ownerId, that.ownerId)
          && Objects.equals(key, that.key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(ownerId, key);
    }
  }

  @EmbeddedId private Key id;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "order_id")
  private Order order;

  @Column(name = "response_status")
  private Integer responseStatus;

  @Column(name = "response_body", columnDefinition = "text")
  private String responseBody;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "payment_id")
  private Payment payment;

  @Column(length = 100)
  private String worker;

  @Column(nullable = false)
  private int attempts;

  protected IdempotencyRecord() {}

  public IdempotencyRecord(Key id, String requestHash, Instant createdAt) {
    this.id = id;
    this.requestHash = requestHash;
    this.createdAt = createdAt;
  }

  public void completeWith(Order order) {
    this.order = order;
    this.worker = null;
  }

  public void completeWithRefusal(int status, String body) {
    this.responseStatus = status;
    this.responseBody = body;
    this.worker = null;
  }

  /** A new attempt starts with {@code payment}; returns its number, from 1. */
  public int attemptWith(Payment payment) {
    this.payment = payment;
    return ++attempts;
  }

  /** Nobody works on it any more, and no answer was given: a repeat may take it over. */
  public void letGo() {
    this.worker = null;
  }

  public Payment getPayment() {
    return payment;
  }

  public int getAttempts() {
    return attempts;
  }

  public Key getId() {
    return id;
  }

  public String getRequestHash() {
    return requestHash;
  }

  public Order getOrder() {
    return order;
  }

  public Integer getResponseStatus() {
    return responseStatus;
  }

  public String getResponseBody() {
    return responseBody;
  }
}
