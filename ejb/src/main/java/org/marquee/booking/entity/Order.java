package org.marquee.booking.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.marquee.account.entity.Account;
import org.marquee.catalog.entity.Showtime;

/**
 * A paid purchase of seats of one showtime, by a customer on the web or by a walk-in at the box
 * office (then without an account, but with the clerk who sold it). Its total is fixed when it is
 * made; a refund ends it.
 */
@Entity
@Table(name = "ticket_order")
public class Order {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private Account account;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "clerk_id")
  private Account clerk;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "showtime_id")
  private Showtime showtime;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OrderStatus status = OrderStatus.CONFIRMED;

  @Column(name = "total_cents", nullable = false)
  private int totalCents;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "refunded_at")
  private Instant refundedAt;

  @Version private long version;

  protected Order() {}

  public Order(
      Account account,
      Account clerk,
      Channel channel,
      Showtime showtime,
      int totalCents,
      String currency,
      Instant createdAt) {
    this.account = account;
    this.clerk = clerk;
    this.channel = channel;
    this.showtime = showtime;
    this.totalCents = totalCents;
    this.currency = currency;
    this.createdAt = createdAt;
  }

  public void refund(Instant at) {
    this.status = OrderStatus.REFUNDED;
    this.refundedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public Account getClerk() {
    return clerk;
  }

  public Channel getChannel() {
    return channel;
  }

  public Showtime getShowtime() {
    return showtime;
  }

  public OrderStatus getStatus() {
    return status;
  }

  public int getTotalCents() {
    return totalCents;
  }

  public String getCurrency() {
    return currency;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRefundedAt() {
    return refundedAt;
  }
}
