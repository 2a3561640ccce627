package org.marquee.gateway.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.marquee.gateway.entity.GatewayCard;
import org.marquee.gateway.entity.GatewayCard.Behaviour;
import org.marquee.gateway.entity.GatewayCharge;
import org.marquee.payment.boundary.CardDetails;
import org.marquee.payment.boundary.TokenizedCard;
import org.marquee.payment.control.CardRules;

/**
 * The built-in payment gateway: behaves like a real card processor behind its HTTP API (its own web
 * module, marquee-gateway.war at /payment-gateway/v1). It checks cards as a processor would and
 * keeps them in its own vault under a random token; it authorizes and captures charges, declines
 * the test cards of the API contract, and refunds. Every charge and refund is made under the
 * caller's idempotency key: a repeat gets the first answer and moves no money twice. Marquee itself
 * only ever talks to it over HTTP.
 */
@Stateless
@PermitAll
public class SimulatedProcessor {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Vaults a card under a new token. Under an idempotency key (optional here), the same key and
   * card give the same token, and the key with another card is refused (409).
   */
  public TokenizedCard tokenize(
      String key, String number, Integer expMonth, Integer expYear, String cvc, String holderName) {
    CardDetails card =
        CardRules.validate(number, expMonth, expYear, cvc, holderName, YearMonth.now(clock));
    if (key != null && (key.isBlank() || key.length() > 255)) {
      throw new GatewayRefusal(400, "invalid_idempotency_key");
    }
    String hash =
        hash(
            card.number() + "|" + card.expMonth() + "/" + card.expYear() + "|" + card.holderName());
    String token = "tok_" + random();
    // a racing duplicate under the same key waits here for the first, then finds its card below
    em.createNativeQuery(
            "insert into gateway_card (token, brand, last4, exp_month, exp_year, holder_name,"
                + " behaviour, created_at, idempotency_key, request_hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing")
        .setParameter(1, token)
        .setParameter(2, CardRules.brand(card.number()))
        .setParameter(3, card.last4())
        .setParameter(4, card.expMonth())
        .setParameter(5, card.expYear())
        .setParameter(6, card.holderName())
        .setParameter(7, behaviourOf(card.number()).name())
        .setParameter(8, clock.instant())
        .setParameter(9, key)
        .setParameter(10, hash)
        .executeUpdate();
    GatewayCard stored =
        key == null
            ? em.find(GatewayCard.class, token)
            : em.createNamedQuery(GatewayCard.BY_KEY, GatewayCard.class)
                .setParameter("key", key)
                .getSingleResult();
    if (!hash.equals(stored.getRequestHash())) {
      throw new GatewayRefusal(409, "idempotency_key_reused");
    }
    return new TokenizedCard(
        stored.getToken(),
        stored.getBrand(),
        stored.getLast4(),
        stored.getExpMonth(),
        stored.getExpYear());
  }

  /**
   * Charges the card of {@code token}: authorizes, and captures too when {@code capture}. The first
   * request under {@code key} decides; the same key with another request is refused (409).
   */
  public ChargeRecord charge(
      String key, String token, Integer amountCents, String currency, boolean capture) {
    requireKey(key);
    if (token == null || amountCents == null || amountCents <= 0) {
      throw new GatewayRefusal(400, "invalid_request");
    }
    if (currency == null || !CURRENCY.matcher(currency).matches()) {
      throw new GatewayRefusal(400, "invalid_currency");
    }
    GatewayCard card = token.length() > 64 ? null : em.find(GatewayCard.class, token);
    if (card == null) {
      throw new GatewayRefusal(400, "unknown_token");
    }
    String hash = hash(token + "|" + amountCents + "|" + currency + "|" + capture);
    String status;
    String declineCode = null;
    switch (card.getBehaviour()) {
      case DECLINE -> {
        status = GatewayCharge.Status.DECLINED.name();
        declineCode = "card_declined";
      }
      case INSUFFICIENT_FUNDS -> {
        status = GatewayCharge.Status.DECLINED.name();
        declineCode = "insufficient_funds";
      }
      default ->
          status =
              (capture ? GatewayCharge.Status.CAPTURED : GatewayCharge.Status.AUTHORIZED).name();
    }
    Instant now = clock.instant();
    // A racing duplicate waits here for the first to commit, then finds its charge below
    em.createNativeQuery(
            "insert into gateway_charge (id, idempotency_key, request_hash, token, amount_cents,"
                + " currency, status, decline_code, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing")
        .setParameter(1, "ch_" + random())
        .setParameter(2, key)
        .setParameter(3, hash)
        .setParameter(4, token)
        .setParameter(5, amountCents)
        .setParameter(6, currency)
        .setParameter(7, status)
        .setParameter(8, declineCode)
        .setParameter(9, now)
        .setParameter(10, now)
        .executeUpdate();
    GatewayCharge charge = byKey(key).orElseThrow(() -> new GatewayRefusal(409, "conflict"));
    if (!charge.getRequestHash().equals(hash)) {
      throw new GatewayRefusal(409, "idempotency_key_reused");
    }
    return ChargeRecord.of(charge);
  }

  public ChargeRecord capture(String chargeId) {
    GatewayCharge charge = charge(chargeId);
    if (!charge.capture(clock.instant())) {
      throw new GatewayRefusal(409, "not_capturable");
    }
    return ChargeRecord.of(charge);
  }

  /** Refunds the whole charge under {@code key}; the same key again is answered the same. */
  public ChargeRecord refund(String chargeId, String key) {
    requireKey(key);
    GatewayCharge charge = charge(chargeId);
    if (!charge.refund(key, clock.instant())) {
      throw new GatewayRefusal(409, "not_refundable");
    }
    return ChargeRecord.of(charge);
  }

  public Optional<ChargeRecord> find(String chargeId) {
    return Optional.ofNullable(chargeId == null ? null : em.find(GatewayCharge.class, chargeId))
        .map(ChargeRecord::of);
  }

  public Optional<ChargeRecord> findByKey(String key) {
    return key == null ? Optional.empty() : byKey(key).map(ChargeRecord::of);
  }

  private GatewayCharge charge(String chargeId) {
    GatewayCharge charge = chargeId == null ? null : em.find(GatewayCharge.class, chargeId);
    if (charge == null) {
      throw new GatewayRefusal(404, "unknown_charge");
    }
    return charge;
  }

  private Optional<GatewayCharge> byKey(String key) {
    return em.createNamedQuery(GatewayCharge.BY_KEY, GatewayCharge.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private static void requireKey(String key) {
    if (key == null || key.isBlank() || key.length() > 255) {
      throw new GatewayRefusal(400, "idempotency_key_required");
    }
  }

  static Behaviour behaviourOf(String number) {
    return switch (number) {
      case "4000000000000002" -> Behaviour.DECLINE;
      case "4000000000009995" -> Behaviour.INSUFFICIENT_FUNDS;
      default -> Behaviour.APPROVE;
    };
  }

  private static String random() {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  static String hash(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
