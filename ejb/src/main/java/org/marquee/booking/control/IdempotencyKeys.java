package org.marquee.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.marquee.booking.boundary.InvalidPurchaseException;
import org.marquee.booking.boundary.PaymentChoice;
import org.marquee.booking.boundary.PurchaseCommand;
import org.marquee.booking.boundary.SeatsUnavailableException;
import org.marquee.booking.entity.IdempotencyRecord;
import org.marquee.payment.boundary.PaymentDeclinedException;
import org.marquee.platform.BusinessException;

/**
 * The memory behind {@code Idempotency-Key}: per sender and key, the hash of the request and, once
 * it is decided, its answer (the order, or the refusal). A key is claimed by inserting its row; the
 * primary key lets exactly one of two racing requests claim it, the other waits for the answer.
 * Refusals that a repeat would meet again (a decline, taken seats, an invalid request) are kept;
 * passing failures (the gateway unavailable) are forgotten, so the repeat tries again.
 */
@ApplicationScoped
public class IdempotencyKeys {

  /** Where a key stands for a request. */
  public enum State {
    CLAIMED,
    IN_PROGRESS,
    COMPLETED,
    REFUSED,
    MISMATCH
  }

  /** What a claim found. */
  public record Claim(State state, Long orderId, Integer status, String body) {}

  @PersistenceContext EntityManager em;

  /**
   * A fingerprint of what a purchase asks for. Of a typed card only what a receipt shows goes in
   * (last four digits, expiry, holder), so no card number can be recovered from it.
   */
  public static String requestHash(String channel, PurchaseCommand command) {
    StringBuilder text = new StringBuilder(channel).append('|');
    if (command.holdId() != null) {
      text.append("hold:").append(command.holdId());
    } else {
      text.append("seats:").append(command.showtimeId()).append(':');
      if (command.seatIds() != null) {
        command.seatIds().stream().sorted().forEach(id -> text.append(id).append(','));
      }
    }
    PaymentChoice pay = command.payment();
    text.append("|pay:").append(pay == null ? "none" : pay.method());
    if (pay != null && pay.method() == PaymentChoice.Method.CARD) {
      String digits = pay.cardNumber() == null ? "" : pay.cardNumber().replaceAll("[^0-9]", "");
      text.append(':')
          .append(digits.length() < 4 ? digits : digits.substring(digits.length() - 4))
          .append(':')
          .append(pay.expMonth())
          .append('/')
          .append(pay.expYear())
          .append(':')
          .append(pay.holderName());
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Claims {@code key} for this request, or reports what an earlier request under it became. */
  public Claim claim(long ownerId, String key, String hash, Instant now) {
    int inserted =
        em.createNativeQuery(
                "insert into idempotency_key (owner_id, idempotency_key, request_hash, created_at)"
                    + " values (?, ?, ?, ?) on conflict do nothing")
            .setParameter(1, ownerId)
            .setParameter(2, key)
            .setParameter(3, hash)
            .setParameter(4, now)
            .executeUpdate();
    if (inserted == 1) {
      return new Claim(State.CLAIMED, null, null, null);
    }
    IdempotencyRecord record = find(ownerId, key);
    if (record == null) {
      return new Claim(State.IN_PROGRESS, null, null, null); // forgotten meanwhile: claim again
    }
    if (!record.getRequestHash().equals(hash)) {
      return new Claim(State.MISMATCH, null, null, null);
    }
    if (record.getOrder() != null) {
      return new Claim(State.COMPLETED, record.getOrder().getId(), null, null);
    }
    if (record.getResponseStatus() != null) {
      return new Claim(State.REFUSED, null, record.getResponseStatus(), record.getResponseBody());
    }
    return new Claim(State.IN_PROGRESS, null, null, null);
  }

  public IdempotencyRecord find(long ownerId, String key) {
    return em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(ownerId, key));
  }

  /** Whether the account of {@code email} has sent a request under {@code key} before. */
  public boolean known(String email, String key) {
    return !em.createQuery(
            "select 1 from IdempotencyRecord r, Account a"
                + " where a.email = :email and r.id.ownerId = a.id and r.id.key = :key",
            Integer.class)
        .setParameter("email", email)
        .setParameter("key", key)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Remembers a refusal that a repeat of the request must meet again. */
  public void refuse(long ownerId, String key, BusinessException refusal) {
    IdempotencyRecord record = find(ownerId, key);
    if (record == null) {
      return;
    }
    JsonObjectBuilder body = Json.createObjectBuilder().add("detail", refusal.getMessage());
    int status;
    if (refusal instanceof PaymentDeclinedException declined) {
      status = 402;
      body.add("declineCode", String.valueOf(declined.declineCode()));
    } else if (refusal instanceof SeatsUnavailableException taken) {
      status = 409;
      JsonArrayBuilder ids = Json.createArrayBuilder();
      taken.seatIds().forEach(ids::add);
      body.add("unavailableSeatIds", ids);
    } else {
      status = 400;
    }
    record.completeWithRefusal(status, body.build().toString());
  }

  /** Lets go of a key whose request failed in passing, so that a repeat tries again. */
  public void forget(long ownerId, String key) {
    IdempotencyRecord record = find(ownerId, key);
    if (record != null && record.getOrder() == null && record.getResponseStatus() == null) {
      em.remove(record);
    }
  }

  /** The refusal a remembered answer stands for, to be thrown again. */
  public static BusinessException replay(int status, String body) {
    JsonObject json = Json.createReader(new StringReader(body)).readObject();
    return switch (status) {
      case 402 -> new PaymentDeclinedException(json.getString("declineCode", null));
      case 409 ->
          new SeatsUnavailableException(
              json.getJsonArray("unavailableSeatIds").getValuesAs(JsonNumber.class).stream()
                  .map(JsonNumber::longValue)
                  .toList());
      default -> new InvalidPurchaseException(json.getString("detail", "Invalid request."));
    };
  }
}
