package org.marquee.seating.entity;

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
 * Seats of one showtime set aside for one buyer while they pay. The seats point at their hold; the
 * hold lapses by itself at {@code expiresAt}, so an abandoned basket never keeps seats from others.
 */
@Entity
@Table(name = "seat_hold")
public class Hold {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private Account account;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "showtime_id")
  private Showtime showtime;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private HoldStatus status = HoldStatus.ACTIVE;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Hold() {}

  public Hold(Account account, Showtime showtime, Instant createdAt, Instant expiresAt) {
    this.account = account;
    this.showtime = showtime;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public boolean isActiveAt(Instant now) {
    return status == HoldStatus.ACTIVE && now.isBefore(expiresAt);
  }

  public void end(HoldStatus outcome) {
    this.status = outcome;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public Showtime getShowtime() {
    return showtime;
  }

  public HoldStatus getStatus() {
    return status;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
