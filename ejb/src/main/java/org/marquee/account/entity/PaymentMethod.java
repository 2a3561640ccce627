package org.marquee.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.Instant;

/**
 * An account's stored card as the payment gateway tokenized it. Only the gateway's token and what a
 * person needs to recognise the card are kept: never the card number, never the cvc.
 */
@Entity
public class PaymentMethod {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", unique = true)
  private Account account;

  @Column(name = "gateway_token", nullable = false, length = 100)
  private String gatewayToken;

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

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PaymentMethod() {}

  public PaymentMethod(
      Account account,
      String gatewayToken,
      String brand,
      String last4,
      int expMonth,
      int expYear,
      String holderName,
      Instant createdAt) {
    this.account = account;
    this.gatewayToken = gatewayToken;
    this.brand = brand;
    this.last4 = last4;
    this.expMonth = expMonth;
    this.expYear = expYear;
    this.holderName = holderName;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public String getGatewayToken() {
    return gatewayToken;
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

  public String getHolderName() {
    return holderName;
  }
}
