package org.marquee.gateway.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.Instant;

/**
 * A card in the built-in gateway's vault: its token, how to show it, how it behaves, and the
 * idempotency key it was tokenized under, if any.
 */
@Entity
@NamedQuery(
    name = GatewayCard.BY_KEY,
    query = "select c from GatewayCard c where c.idempotencyKey = :key")
public class GatewayCard {

  public static final String BY_KEY = "GatewayCard.byKey";

  /** How the card answers a charge: the test cards of the API contract decline. */
  public enum Behaviour {
    APPROVE,
    DECLINE,
    INSUFFICIENT_FUNDS
  }

  @Id
  @Column(length = 64)
  private String token;

  @Column(nullable = false, length = 20)
  private String brand;

  @Column(nullable = false, length = 4)
  private String last4;

  @Column(name = "exp_month", nullable = false)
  private int expMonth;

  @Column(name = "exp_year", nullable = false)
  private int expYear;

  @Column(name = "holder_name", nullable = false, length = 100)
  private String holderName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Behaviour behaviour;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "idempotency_key", unique = true, length = 255)
  private String idempotencyKey;

  @Column(name = "request_hash", length = 64)
  private String requestHash;

  protected GatewayCard() {}

  public GatewayCard(
      String token,
      String brand,
      String last4,
      int expMonth,
      int expYear,
      String holderName,
      Behaviour behaviour,
      Instant createdAt) {
    this.token = token;
    this.brand = brand;
    this.last4 = last4;
    this.expMonth = expMonth;
    this.expYear = expYear;
    this.holderName = holderName;
    this.behaviour = behaviour;
    this.createdAt = createdAt;
  }

  public String getToken() {
    return token;
  }

  public String getBrand() {
    return brand;
  }

  public String getLast4() {
    return last4;
  }

  public int getExpMonth() {
    return expMonth;
  }

  public int getExpYear() {
    return expYear;
  }

  public Behaviour getBehaviour() {
    return behaviour;
  }

  public String getRequestHash() {
    return requestHash;
  }
}
