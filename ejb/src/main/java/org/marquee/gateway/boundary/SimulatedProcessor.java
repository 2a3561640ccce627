package org.marquee.gateway.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HexFormat;
import org.marquee.gateway.entity.GatewayCard;
import org.marquee.gateway.entity.GatewayCard.Behaviour;
import org.marquee.payment.boundary.CardDetails;
import org.marquee.payment.boundary.TokenizedCard;
import org.marquee.payment.control.CardRules;

/**
 * The built-in payment gateway: behaves like a real card processor behind its HTTP API (served by
 * the web module at /payment-gateway/v1). It checks cards as a processor would and keeps them in
 * its own vault under a random token; the test cards of the API contract decline when charged.
 * Marquee itself only ever talks to it over HTTP.
 */
@Stateless
@PermitAll
public class SimulatedProcessor {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public TokenizedCard tokenize(
      String number, Integer expMonth, Integer expYear, String cvc, String holderName) {
    CardDetails card =
        CardRules.validate(number, expMonth, expYear, cvc, holderName, YearMonth.now(clock));
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String token = "tok_" + HexFormat.of().formatHex(random);
    GatewayCard stored =
        new GatewayCard(
            token,
            CardRules.brand(card.number()),
            card.last4(),
            card.expMonth(),
            card.expYear(),
            card.holderName(),
            behaviourOf(card.number()),
            clock.instant());
    em.persist(stored);
    return new TokenizedCard(
        token, stored.getBrand(), stored.getLast4(), stored.getExpMonth(), stored.getExpYear());
  }

  static Behaviour behaviourOf(String number) {
    return switch (number) {
      case "4000000000000002" -> Behaviour.DECLINE;
      case "4000000000009995" -> Behaviour.INSUFFICIENT_FUNDS;
      default -> Behaviour.APPROVE;
    };
  }
}
