package org.marquee.paymentgateway.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The simulated card processor: vaults cards under random tokens, authorizes and captures charges,
 * declines the test cards, refunds. Every charge and refund is made under the caller's idempotency
 * key, and so is a tokenization that carries one: a repeat gets the first answer and moves no money
 * twice; the same key with another request is refused (409). Two racing requests under one key meet
 * at the key's unique index: the second waits for the first, then finds its answer.
 */
@ApplicationScoped
@Transactional
public class Processor {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "payment-gateway")
  EntityManager em;

  public Card tokenize(
      String key, String number, Integer expMonth, Integer expYear, String cvc, String holder) {
    if (key != null && !validKey(key)) {
      throw new Refusal(400, "invalid_idempotency_key");
    }
    String digits =
        CardCheck.accept(number, expMonth, expYear, cvc, holder, YearMonth.now(ZoneOffset.UTC));
    String hash = hash(digits + "|" + expMonth + "/" + expYear + "|" + holder.strip());
    String token = "tok_" + random();
    em.createNativeQuery(
            "insert into payment_gateway.card (token, brand, last4, exp_month, exp_year,"
                + " holder_name, behaviour, created_at, idempotency_key, request_hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing")
        .setParameter(1, token)
        .setParameter(2, CardCheck.brand(digits))
        .setParameter(3, digits.substring(digits.length() - 4))
        .setParameter(4, expMonth)
        .setParameter(5, expYear)
        .setParameter(6, holder.strip())
        .setParameter(7, CardCheck.behaviour(digits).name())
        .setParameter(8, Instant.now())
        .setParameter(9, key)
        .setParameter(10, hash)
        .executeUpdate();
    Card card =
        key == null
            ? em.find(Card.class, token)
            : em.createNamedQuery(Card.BY_KEY, Card.class)
                .setParameter("key", key)
                .getSingleResult();
    if (!hash.equals(card.getRequestHash())) {
      throw new Refusal(409, "idempotency_key_reused");
    }
    return card;
  }

  /** Charges the card of {@code token}: authorizes, and captures too when {@code capture}. */
  public Charge charge(
      String key, String token, Integer amountCents, String currency, boolean capture) {
    requireKey(key);
    if (token == null || amountCents == null || amountCents <= 0) {
      throw new Refusal(400, "invalid_request");
    }
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      throw new Refusal(400, "invalid_currency");
    }
    Card card = token.length() > 64 ? null : em.find(Card.class, token);
    if (card == null) {
      throw new Refusal(400, "unknown_token");
    }
    String declineCode =
        switch (card.getBehaviour()) {
          case APPROVE -> null;
          case DECLINE -> "card_declined";
          case INSUFFICIENT_FUNDS -> "insufficient_funds";
        };
    Charge.Status status =
        declineCode != null
            ? Charge.Status.DECLINED
            : capture ? Charge.Status.CAPTURED : Charge.Status.AUTHORIZED;
    Instant now = Instant.now();
    String hash = hash(token + "|" + amountCents + "|" + currency + "|" + capture);
    em.createNativeQuery(
            "insert into payment_gateway.charge (id, idempotency_key, request_hash, token,"
                + " amount_cents, currency, status, decline_code, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing")
        .setParameter(1, "ch_" + random())
        .setParameter(2, key)
        .setParameter(3, hash)
        .setParameter(4, token)
        .setParameter(5, amountCents)
        .setParameter(6, currency)
        .setParameter(7, status.name())
        .setParameter(8, declineCode)
        .setParameter(9, now)
        .setParameter(10, now)
        .executeUpdate();
    Charge charge = findByKey(key).orElseThrow(() -> new Refusal(409, "conflict"));
    if (!charge.getRequestHash().equals(hash)) {
      throw new Refusal(409, "idempotency_key_reused");
    }
    return charge;
  }

  public Charge capture(String chargeId) {
    Charge charge = existing(chargeId);
    if (!charge.capture(Instant.now())) {
      throw new Refusal(409, "not_capturable");
    }
    return charge;
  }

  /** Refunds the whole charge under {@code key}; the same key again is answered the same. */
  public Charge refund(String chargeId, String key) {
    requireKey(key);
    Charge charge = existing(chargeId);
    if (!charge.refund(key, Instant.now())) {
      throw new Refusal(409, "not_refundable");
    }
    return charge;
  }

  public Optional<Charge> find(String chargeId) {
    return Optional.ofNullable(
        chargeId == null || chargeId.length() > 64 ? null : em.find(Charge.class, chargeId));
  }

  public Optional<Charge> findByKey(String key) {
    if (key == null || key.length() > 255) {
      return Optional.empty();
    }
    return em.createNamedQuery(Charge.BY_KEY, Charge.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private Charge existing(String chargeId) {
    return find(chargeId).orElseThrow(() -> new Refusal(404, "unknown_charge"));
  }

  private static boolean validKey(String key) {
    return !key.isBlank() && key.length() <= 255;
  }

  private static void requireKey(String key) {
    if (key == null || !validKey(key)) {
      throw new Refusal(400, "idempotency_key_required");
    }
  }

  private static String random() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String hash(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
