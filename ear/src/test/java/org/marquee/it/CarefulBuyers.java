package org.marquee.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Buyers of one showtime through a server's (or a load balancer's) address, as careful clients of
 * the API: each purchase goes under an {@code Idempotency-Key} of its own and is sent again under
 * it until its answer is an outcome. What every purchase came to is kept, for the test to check.
 */
final class CarefulBuyers {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** One purchase request as its buyer saw it, sent (and resent) under one key until answered. */
  record Attempt(
      Buyer buyer, String key, List<Long> seats, long sentAt, int tries, int status, String body) {

    long orderId() {
      try (JsonReader json = Json.createReader(new StringReader(body))) {
        return json.readObject().getJsonNumber("id").longValue();
      }
    }
  }

  private final String base;
  private final long showtime;
  private final String emailPrefix;
  private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());

  /** Buyers of {@code showtime} at {@code base}, registered as {@code emailPrefix-…}. */
  CarefulBuyers(String base, long showtime, String emailPrefix) {
    this.base = base;
    this.showtime = showtime;
    this.emailPrefix = emailPrefix;
  }

  /** Every purchase so far, with its outcome. */
  List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  /** One buyer: buys one or two free seats at a time until told to stop or the house is full. */
  void buy(AtomicBoolean stop) {
    Buyer buyer = Buyer.register(emailPrefix);
    while (!stop.get()) {
      List<Long> free = freeSeats();
      if (free == null) {
        pause(200); // no answer: the balancer has not noticed a lost node yet
        continue;
      }
      if (free.isEmpty()) {
        return;
      }
      Collections.shuffle(free);
      List<Long> seats =
          free.subList(0, Math.min(free.size(), 1 + ThreadLocalRandom.current().nextInt(2)));
      Attempt attempt = untilAnswered(buyer, List.copyOf(seats), UUID.randomUUID().toString());
      attempts.add(attempt);
      if (attempt.body().contains("/seat-limit") || attempt.body().contains("/hold-limit")) {
        buyer = Buyer.register(emailPrefix); // this one has all one account may: the next person
      }
      pause(250); // a rush that lasts a while
    }
  }

  private List<Long> freeSeats() {
    try {
      HttpResponse<String> map =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/showtimes/" + showtime + "/seats"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (map.statusCode() != 200) {
        return null;
      }
      return Http.array(map).getValuesAs(JsonObject.class).stream()
          .filter(s -> s.getString("status").equals("AVAILABLE"))
          .map(s -> s.getJsonNumber("seatId").longValue())
          .collect(Collectors.toCollection(ArrayList::new));
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  /**
   * Sends the purchase under {@code key} until it gets an answer that is an outcome: the order, or
   * a refusal. No answer at all, a 502, 503 or 504 from the balancer or the node, or "still in
   * progress" (a 409 of type request-in-progress) means: send it again, as a careful client does.
   */
  private Attempt untilAnswered(Buyer buyer, List<Long> seats, String key) {
    long sentAt = System.nanoTime();
    long deadline = sentAt + Duration.ofMinutes(2).toNanos();
    int tries = 0;
    while (System.nanoTime() < deadline) {
      tries++;
      try {
        HttpResponse<String> answer = send(buyer, seats, key);
        int status = answer.statusCode();
        boolean inProgress = status == 409 && answer.body().contains("/request-in-progress");
        if (status != 502 && status != 503 && status != 504 && !inProgress) {
          return new Attempt(buyer, key, seats, sentAt, tries, status, answer.body());
        }
      } catch (IOException e) {
        // the connection broke: the request may or may not have been worked on
      }
      pause(300);
    }
    return new Attempt(buyer, key, seats, sentAt, tries, 0, "no outcome within two minutes");
  }

  /** The attempt's request once more, under its key. */
  HttpResponse<String> again(Attempt attempt) throws IOException {
    return send(attempt.buyer(), attempt.seats(), attempt.key());
  }

  private HttpResponse<String> send(Buyer buyer, List<Long> seats, String key) throws IOException {
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(URI.create(base + "/api/v1/orders"))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .header("Authorization", buyer.auth)
              .header("Idempotency-Key", key)
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      Buyer.seatsOrder(showtime, seats, Buyer.card(Buyer.APPROVED))))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
