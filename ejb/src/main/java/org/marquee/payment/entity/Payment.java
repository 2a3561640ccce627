package org.marquee.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.marquee.account.entity.Account;
import org.marquee.booking.entity.Order;
import org.marquee.seating.entity.Hold;

/**
 * Money asked of the payment gateway for the seats of one hold, under an idempotency key of its own
 * so that a retried charge is charged once. It keeps the gateway token it charges, so a repeat of
 * the purchase can ask the gateway again under the same key and adopt the first charge. At most one
 * payment of a hold is live (pending or captured) at a time: a unique index says so. A captured
 * payment without an order is money kept for nothing: the reconciler refunds it.
 */
@Entity
public class Payment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "order_id")
  private Order order;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private Account account;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "hold_id")
  private Hold hold;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PaymentKind method;

  @Column(name = "gateway_token", length = 100)
  private String gatewayToken;

  /** The node working on it while it is pending: should that node leave, others take over. */
  @Column(length = 100)
  private String node;

  @Column(name = "gateway_reference", length = 100)
  private String gatewayReference;

  @Column(name = "idempotency_key", nullable = false, unique = true, length = 100)
  private String idempotencyKey;

  @Column(name = "amount_cents", nullable = false)
  private int amountCents;

  @Column(nullable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PaymentStatus status = PaymentStatus.PENDING;

  @Column(name = "decline_reason", length = 200)
  private String declineReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Payment() {}

  public Payment(
      Account account,
      Hold hold,
      PaymentKind method,
      String gatewayToken,
      String idempotencyKey,
      int amountCents,
      String currency,
      String node,
      Instant createdAt) {
    this.account = account;
    this.hold = hold;
    this.method = method;
    this.gatewayToken = gatewayToken;
    this.node = node;
    this.idempotencyKey = idempotencyKey;
    this.amountCents = amountCents;
    this.currency = currency;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  public void captured(String gatewayReference, Instant at) {
    this.status = PaymentStatus.CAPTURED;
    this.gatewayReference = gatewayReference;
    this.updatedAt = at;
  }

  public void declined(String reason, Instant at) {
    this.status = PaymentStatus.DECLINED;
    this.declineReason = reason;
    this.updatedAt = at;
  }

  public void failed(String reason, Instant at) {
    this.status = PaymentStatus.FAILED;
    this.declineReason = reason;
    this.updatedAt = at;
  }

  /** Asked of the gateway, which did not say what it did: still pending, for the reconciler. */
  public void unknown(String reason, Instant at) {
    this.declineReason = reason;
    this.updatedAt = at;
  }

  /** From now on this money must go back; the refund itself follows, outside the transaction. */
  public void refundDue(Instant at) {
    this.status = PaymentStatus.REFUND_DUE;
    this.updatedAt = at;
  }

  public void refunded(Instant at) {
    this.status = PaymentStatus.REFUNDED;
    this.updatedAt = at;
  }

  /** {@code node} takes this pending payment over (a repeat of its purchase). */
  public void resumedBy(String node, Instant at) {
    this.node = node;
    this.updatedAt = at;
  }

  public void attachTo(Order order) {
    this.order = order;
  }

  public Long getId() {
    return id;
  }

  public Order getOrder() {
    return order;
  }

  public Account getAccount() {
    return account;
  }

  public Hold getHold() {
    return hold;
  }

  public String getGatewayToken() {
    return gatewayToken;
  }

  public PaymentKind getMethod() {
    return method;
  }

  public String getGatewayReference() {
    return gatewayReference;
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

  public PaymentStatus getStatus() {
    return status;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getDeclineReason() {
    return declineReason;
  }
}
