package org.marquee.catalog.entity;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A movie in an auditorium at a time, at a base price. It ends when the movie's runtime has passed;
 * from its start nothing more is sold for it, and from its end no ticket for it is valid.
 */
@Entity
@Cacheable
public class Showtime {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "movie_id")
  private Movie movie;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "auditorium_id")
  private Auditorium auditorium;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  /** The auditorium is busy until then: the end plus the time it takes to clean it. */
  @Column(name = "clean_until", nullable = false)
  private Instant cleanUntil;

  @Column(name = "price_cents", nullable = false)
  private int priceCents;

  @Column(nullable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ShowtimeStatus status = ShowtimeStatus.SCHEDULED;

  @Version private long version;

  protected Showtime() {}

  public Showtime(
      Movie movie, Auditorium auditorium, Instant startsAt, int priceCents, String currency) {
    this(movie, auditorium, startsAt, priceCents, currency, Duration.ZERO);
  }

  /** A showtime after which the auditorium needs {@code cleaning} before the next one starts. */
  public Showtime(
      Movie movie,
      Auditorium auditorium,
      Instant startsAt,
      int priceCents,
      String currency,
      Duration cleaning) {
    if (priceCents < 0) {
      throw new IllegalArgumentException("price must not be negative");
    }
    this.movie = movie;
    this.auditorium = auditorium;
    this.startsAt = startsAt;
    this.endsAt = startsAt.plus(Duration.ofMinutes(movie.getRuntimeMinutes()));
    if (cleaning.isNegative()) {
      throw new IllegalArgumentException("cleaning takes no negative time");
    }
    this.cleanUntil = endsAt.plus(cleaning);
    this.priceCents = priceCents;
    this.currency = currency;
  }

  public boolean hasStartedAt(Instant now) {
    return !now.isBefore(startsAt);
  }

  public boolean hasEndedAt(Instant now) {
    return !now.isBefore(endsAt);
  }

  public void cancel() {
    status = ShowtimeStatus.CANCELLED;
  }

  public Long getId() {
    return id;
  }

  public Movie getMovie() {
    return movie;
  }

  public Auditorium getAuditorium() {
    return auditorium;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public Instant getCleanUntil() {
    return cleanUntil;
  }

  public int getPriceCents() {
    return priceCents;
  }

  public String getCurrency() {
    return currency;
  }

  public ShowtimeStatus getStatus() {
    return status;
  }
}
