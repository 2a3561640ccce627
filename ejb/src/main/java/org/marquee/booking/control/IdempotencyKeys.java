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
import org.marquee.booking.entity.IdempotencyRecord;
import org.marquee.payment.boundary.PaymentDeclinedException;
import org.marquee.platform.BusinessException;
import org.marquee.seating.boundary.SeatsUnavailableException;
import org.marquee.seating.boundary.ShowtimeCancelledException;

/**
 * The memory behind {@code Idempotency-Key}: per sender and key, the hash of the request and, once
 * it is decided, its answer (the order, or the refusal). A key is claimed by inserting its row
 * under a lock of the (owner, key), where no month's partition holds it yet: exactly one of two
 * racing requests claims it, the other waits for the answer. Keys are kept 30 days or more, then
 * dropped a month at a time ({@link KeyRetention}). Refusals that a repeat would meet again (a
 * decline, taken seats, a cancelled showtime, an invalid request) are kept; after a passing failure
 * (the gateway unavailable, or silent) the key is let go, and a repeat takes it over together with
 * the payment of the attempt that failed, so that it settles that payment instead of charging a
 * second time.
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

  /**
   * What a claim found. A {@code CLAIMED} key may come with the payment of an earlier attempt that
   * ended without an answer (the gateway did not answer, or its node left): the new attempt adopts
   * it.
   */
  public record Claim(State state, Long orderId, Integer status, String body, Long paymentId) {

    static Claim of(State state) {
      return new Claim(state, null, null, null, null);
    }
  }

  private static final String SHOWTIME_CANCELLED = "showtime-cancelled";

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
    return sha256(text.toString());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The key the gateway is charged under for attempt {@code attempt} of the purchase the account
   * sent under {@code key}: derived from both, so that the same purchase asks the gateway under the
   * same key whichever node and whichever repeat sends it, and the gateway's own idempotency makes
   * it one charge. A new attempt (after the last one's payment was settled) gets a new key.
   */
  public static String gatewayKey(long ownerId, String key, int attempt) {
    return "pay_" + sha256(ownerId + "\n" + key).substring(0, 40) + "_" + attempt;
  }

  /**
   * Claims {@code key} for this request on {@code node}, or reports what an earlier request under
   * it became. A key whose last attempt ended without an answer and that nobody works on is taken
   * over (with its payment, to adopt); one that a node works on is {@code IN_PROGRESS}.
   */
  public Claim claim(long ownerId, String key, String hash, Instant now, String node) {
    // The table is partitioned by month (V15), so its key is unique within a month only: the lock
    // of this (owner, key) makes two first requests wait for each other, and the insert, a
    // statement of its own after the lock (so that it sees what the other one committed), looks
    // for the key in every month.
    em.createNativeQuery(
            "select 1 from (select pg_advisory_xact_lock(3, hashtext(?1 || ':' || ?2))) locked")
        .setParameter(1, Long.toString(ownerId))
        .setParameter(2, key)
        .getSingleResult();
    int inserted =
        em.createNativeQuery(
                "insert into idempotency_key (owner_id, idempotency_key, request_hash, created_at,"
                    + " worker, claimed_at) select ?1, ?2, ?3, ?4, ?5, ?4 where not exists"
                    + " (select 1 from idempotency_key where owner_id = ?1 and idempotency_key = ?2)"
                    + " on conflict do nothing")
            .setParameter(1, ownerId)
            .setParameter(2, key)
            .setParameter(3, hash)
            .setParameter(4, now)
            .setParameter(5, node)
            .executeUpdate();
    if (inserted == 1) {
      return Claim.of(State.CLAIMED);
    }
    int taken =
        em.createNativeQuery(
                "update idempotency_key set worker = ?1, claimed_at = ?2 where owner_id = ?3"
                    + " and idempotency_key = ?4 and request_hash = ?5 and worker is null"
                    + " and order_id is null and response_status is null")
            .setParameter(1, node)
            .setParameter(2, now)
            .setParameter(3, ownerId)
            .setParameter(4, key)
            .setParameter(5, hash)
            .executeUpdate();
    IdempotencyRecord record = find(ownerId, key);
    if (record == null) {
      return Claim.of(State.IN_PROGRESS); // gone meanwhile: claim again
    }
    if (taken == 1) {
      Long payment = record.getPayment() == null ? null : record.getPayment().getId();
      return new Claim(State.CLAIMED, null, null, null, payment);
    }
    if (!record.getRequestHash().equals(hash)) {
      return Claim.of(State.MISMATCH);
    }
    if (record.getOrder() != null) {
      return new Claim(State.COMPLETED, record.getOrder().getId(), null, null, null);
    }
    if (record.getResponseStatus() != null) {
      return new Claim(
          State.REFUSED, null, record.getResponseStatus(), record.getResponseBody(), null);
    }
    return Claim.of(State.IN_PROGRESS);
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
    } else if (refusal instanceof ShowtimeCancelledException) {
      status = 409;
      body.add("problem", SHOWTIME_CANCELLED);
    } else {
      status = 400;
    }
    record.completeWithRefusal(status, body.build().toString());
  }

  /**
   * Lets go of a key whose request ended without an answer to keep (the gateway unavailable, or its
   * outcome unknown): a repeat takes it over, with the payment of its last attempt.
   */
  public void letGo(long ownerId, String key) {
    IdempotencyRecord record = find(ownerId, key);
    if (record != null && record.getOrder() == null && record.getResponseStatus() == null) {
      record.letGo();
    }
  }

  /** The refusal a remembered answer stands for, to be thrown again. */
  public static BusinessException replay(int status, String body) {
    JsonObject json = Json.createReader(new StringReader(body)).readObject();
    return switch (status) {
      case 402 -> new PaymentDeclinedException(json.getString("declineCode", null));
      case 409 ->
          SHOWTIME_CANCELLED.equals(json.getString("problem", null))
              ? new ShowtimeCancelledException()
              : new SeatsUnavailableException(
                  json.getJsonArray("unavailableSeatIds").getValuesAs(JsonNumber.class).stream()
                      .map(JsonNumber::longValue)
                      .toList());
      default -> new InvalidPurchaseException(json.getString("detail", "Invalid request."));
    };
  }
}
