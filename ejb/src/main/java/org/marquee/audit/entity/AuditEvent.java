package org.marquee.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One entry of the audit log: who did what to which thing, when. Never changed once written. */
@Entity
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false, length = 254)
  private String actor;

  @Column(nullable = false, length = 40)
  private String action;

  @Column(nullable = false, length = 100)
  private String subject;

  @Column(nullable = false, length = 1000)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(Instant at, String actor, String action, String subject, String detail) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.subject = subject;
    this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetail() {
    return detail;
  }
}
