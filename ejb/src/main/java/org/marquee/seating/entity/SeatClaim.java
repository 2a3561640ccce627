package org.marquee.seating.entity;

import java.time.Instant;

/**
 * A taken seat of a showtime: a row of {@code seat_claim}, held by a hold until {@code heldUntil},
 * or sold (no hold). A seat without a claim is free. This class is the one rule for what a seat's
 * state is: a hold that has run out no longer takes its seat, and to the public a free house seat
 * reads HELD until the house seats' release.
 */
public record SeatClaim(long seatId, Long holdId, Instant heldUntil) {

  /**
   * The same rule in SQL, over {@code seat_claim}'s columns: the claim still takes its seat at the
   * instant bound to the one parameter placeholder it holds.
   */
  public static final String LIVE_AT_SQL = "(held_until is null or held_until > ?)";

  public static SeatClaim sold(long seatId) {
    return new SeatClaim(seatId, null, null);
  }

  public boolean isSold() {
    return holdId == null;
  }

  /** Whether {@code hold} holds this seat (whether or not the hold has run out). */
  public boolean isHeldBy(long hold) {
    return holdId != null && holdId == hold;
  }

  /** The state of a seat whose claim is {@code claim} (null: none) at {@code now}. */
  public static SeatStatus statusAt(SeatClaim claim, Instant now) {
    if (claim == null) {
      return SeatStatus.AVAILABLE;
    }
    if (claim.isSold()) {
      return SeatStatus.SOLD;
    }
    return now.isBefore(claim.heldUntil()) ? SeatStatus.HELD : SeatStatus.AVAILABLE;
  }

  /**
   * What the public sees at {@code now} of a seat whose claim is {@code claim} (null: none): a free
   * house seat reads HELD before {@code houseRelease}, when house seats go on sale to everyone.
   */
  public static SeatStatus publicStatusAt(
      SeatClaim claim, boolean house, Instant now, Instant houseRelease) {
    SeatStatus status = statusAt(claim, now);
    return isKeptForBoxOffice(status, house, now, houseRelease) ? SeatStatus.HELD : status;
  }

  /** Whether a seat in {@code status} is kept for the box office at {@code now}. */
  public static boolean isKeptForBoxOffice(
      SeatStatus status, boolean house, Instant now, Instant houseRelease) {
    return house && status == SeatStatus.AVAILABLE && now.isBefore(houseRelease);
  }
}
