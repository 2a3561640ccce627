package org.marquee.paymentgateway.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A card in the processor's vault, under the token its merchant charges it by. Like a real vault it
 * knows how the card behaves; it keeps no card number and no security code all the same.
 */
@Entity
@Table(name = "card", schema = "payment_gateway")
@NamedQuery(name = Card.BY_KEY, query = "select c from Card c where c.idempotencyKey = :key")
public class Card {

  static final String BY_KEY = "Card.byKey";

  @Id private String token;

  private String brand;

  private String last4;

  @Column(name = "exp_month")
  private int expMonth;

  @Column(name = "exp_year")
  private int expYear;

  @Enumerated(EnumType.STRING)
  private CardCheck.Behaviour behaviour;

  @Column(name = "request_hash")
  private String requestHash;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  protected Card() {}

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

  CardCheck.Behaviour getBehaviour() {
    return behaviour;
  }

  String getRequestHash() {
    return requestHash;
  }
}
