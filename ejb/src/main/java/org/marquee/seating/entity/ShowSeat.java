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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import org.marquee.catalog.entity.Seat;
import org.marquee.catalog.entity.SeatCategory;
import org.marquee.catalog.entity.Showtime;

/**
 * One seat at one showtime: the unit that is sold. Every change of its state is an optimistically
 * locked update of this row (its {@link Version}), so of two transactions that race for the same
 * seat exactly one commits; the other fails and becomes a "seat unavailable" answer. The entity
 * guards its own transitions: a sold seat cannot be held, a seat held by one hold cannot be taken
 * by another until that hold has expired.
 */
@Entity
@NamedQuery(
    name = ShowSeat.BY_SEATS,
    query =
        "select s from ShowSeat s join fetch s.seat where s.showtime.id = :showtimeId"
            + " and s.seat.id in :seatIds order by s.seat.id")
@NamedQuery(
    name = ShowSeat.BY_HOLD,
    query = "select s from ShowSeat s join fetch s.seat where s.hold = :hold order by s.seat.id")
@NamedQuery(
    name = ShowSeat.BY_SHOWTIME,
    query =
        "select s from ShowSeat s join fetch s.seat where s.showtime.id = :showtimeId"
            + " order by length(s.seat.rowLabel), s.seat.rowLabel, s.seat.number")
@NamedQuery(
    name = ShowSeat.MAP_OF_SHOWTIME,
    query =
        "select new org.marquee.seating.entity.ShowSeat$MapRow(seat.id, seat.rowLabel, seat.number,"
            + " seat.category, s.status, s.holdExpiresAt, s.house, s.priceCents)"
            + " from ShowSeat s join s.seat seat where s.showtime.id = :showtimeId"
            + " order by length(seat.rowLabel), seat.rowLabel, seat.number")
public class ShowSeat {

  /** A showtime's seats by row, then number; rows in natural order (A..Z, AA.., or 1, 2.. 10). */
  public static final String BY_SHOWTIME = "ShowSeat.byShowtime";

  /**
   * A showtime's seats in the order of {@link #BY_SHOWTIME}, as {@link MapRow}s: what a seat map
   * shows, read without making entities of 300 rows that nobody changes.
   */
  public static final String MAP_OF_SHOWTIME = "ShowSeat.mapOfShowtime";

  /** Some seats of a showtime, by seat id (the order in which a sale locks them). */
  public static final String BY_SEATS = "ShowSeat.bySeats";

  /** The seats a hold holds, by seat id. */
  public static final String BY_HOLD = "ShowSeat.byHold";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "showtime_id")
  private Showtime showtime;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "seat_id")
  private Seat seat;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SeatStatus status = SeatStatus.AVAILABLE;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "hold_id")
  private Hold hold;

  @Column(name = "hold_expires_at")
  private Instant holdExpiresAt;

  @Column(name = "price_cents", nullable = false)
  private int priceCents;

  /** A house seat: only the box office sells it before {@code houseRelease} (see below). */
  @Column(nullable = false)
  private boolean house;

  @Version private long version;

  protected ShowSeat() {}

  public ShowSeat(Showtime showtime, Seat seat, int priceCents) {
    this.showtime = showtime;
    this.seat = seat;
    this.priceCents = priceCents;
  }

  /**
   * Whether this seat is kept for the box office at {@code now}: a house seat, free, before the
   * moment {@code houseRelease} when house seats go on sale to everyone. The public reads it as
   * HELD; a customer cannot hold it.
   */
  public boolean isKeptForBoxOfficeAt(Instant now, Instant houseRelease) {
    return keptForBoxOffice(statusAt(now), house, now, houseRelease);
  }

  /** The status the public sees at {@code now}: a house seat kept for the box office reads HELD. */
  public SeatStatus publicStatusAt(Instant now, Instant houseRelease) {
    return publicStatus(status, holdExpiresAt, house, now, houseRelease);
  }

  /** The status a customer sees at {@code now}: a hold that has run out no longer blocks. */
  public SeatStatus statusAt(Instant now) {
    return statusAt(status, holdExpiresAt, now);
  }

  /**
   * What the public sees at {@code now} of a seat whose row says {@code status}, {@code
   * holdExpiresAt} and {@code house}: a hold that has run out reads AVAILABLE, a free house seat
   * before {@code houseRelease} reads HELD.
   */
  public static SeatStatus publicStatus(
      SeatStatus status, Instant holdExpiresAt, boolean house, Instant now, Instant houseRelease) {
    SeatStatus current = statusAt(status, holdExpiresAt, now);
    return keptForBoxOffice(current, house, now, houseRelease) ? SeatStatus.HELD : current;
  }

  private static boolean keptForBoxOffice(
      SeatStatus current, boolean house, Instant now, Instant houseRelease) {
    return house && now.isBefore(houseRelease) && current == SeatStatus.AVAILABLE;
  }

  private static SeatStatus statusAt(SeatStatus status, Instant holdExpiresAt, Instant now) {
    boolean holdExpired =
        status == SeatStatus.HELD && holdExpiresAt != null && !now.isBefore(holdExpiresAt);
    return holdExpired ? SeatStatus.AVAILABLE : status;
  }

  /** One row of {@link #MAP_OF_SHOWTIME}: a seat of the house and its state at one showtime. */
  public record MapRow(
      long seatId,
      String row,
      int number,
      SeatCategory category,
      SeatStatus status,
      Instant holdExpiresAt,
      boolean house,
      int priceCents) {

    /** The status the public sees at {@code now} (see {@link ShowSeat#publicStatus}). */
    public SeatStatus publicStatusAt(Instant now, Instant houseRelease) {
      return publicStatus(status, holdExpiresAt, house, now, houseRelease);
    }
  }

  /**
   * Puts this seat on {@code hold} until {@code until}; refused unless it is free at {@code now}.
   */
  public void hold(Hold hold, Instant until, Instant now) {
    if (statusAt(now) != SeatStatus.AVAILABLE) {
      throw new SeatTakenException("seat " + id + " is " + statusAt(now));
    }
    this.status = SeatStatus.HELD;
    this.hold = hold;
    this.holdExpiresAt = until;
  }

  /**
   * Sells this seat to the buyer of {@code purchase}: refused unless the seat is held by that hold,
   * or is free at {@code now} (its hold ran out and nobody took the seat meanwhile).
   */
  public void sell(Hold purchase, Instant now) {
    if (!isHeldBy(purchase) && statusAt(now) != SeatStatus.AVAILABLE) {
      throw new SeatTakenException("seat " + id + " is " + statusAt(now));
    }
    this.status = SeatStatus.SOLD;
    this.hold = null;
    this.holdExpiresAt = null;
  }

  /** Whether {@code candidate} holds this seat (whether or not the hold has run out). */
  public boolean isHeldBy(Hold candidate) {
    return status == SeatStatus.HELD
        && hold != null
        && candidate != null
        && hold.getId().equals(candidate.getId());
  }

  /** Frees this seat if {@code ending} holds it; a seat sold or held by another stays as it is. */
  public boolean releaseFrom(Hold ending) {
    if (!isHeldBy(ending)) {
      return false;
    }
    release();
    return true;
  }

  /** Frees this seat, whatever held or sold it. */
  public void release() {
    this.status = SeatStatus.AVAILABLE;
    this.hold = null;
    this.holdExpiresAt = null;
  }

  public Long getId() {
    return id;
  }

  public Showtime getShowtime() {
    return showtime;
  }

  public Seat getSeat() {
    return seat;
  }

  public SeatStatus getStatus() {
    return status;
  }

  public Hold getHold() {
    return hold;
  }

  public Instant getHoldExpiresAt() {
    return holdExpiresAt;
  }

  public boolean isHouse() {
    return house;
  }

  public int getPriceCents() {
    return priceCents;
  }

  public long getVersion() {
    return version;
  }
}
