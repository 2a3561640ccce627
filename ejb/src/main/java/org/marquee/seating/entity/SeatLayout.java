package org.marquee.seating.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marquee.catalog.entity.SeatCategory;

/**
 * The seats of one auditorium as a seat map draws them: rows in natural order, then by number. An
 * auditorium's seats never change once it is made, so a layout is read once and kept ({@code
 * SeatLayouts}); what changes per showtime is which of its seats are taken ({@link SeatClaim}).
 * Immutable.
 */
public final class SeatLayout {

  /** One seat of the layout; {@code house}: kept for the box office until shortly before a show. */
  public record Place(long seatId, String row, int number, SeatCategory category, boolean house) {}

  private final long auditoriumId;
  private final List<Place> seats;
  private final Map<Long, Place> byId = new LinkedHashMap<>();
  private final int houseSeats;

  public SeatLayout(long auditoriumId, List<Place> seats) {
    this.auditoriumId = auditoriumId;
    this.seats = List.copyOf(seats);
    this.seats.forEach(seat -> byId.put(seat.seatId(), seat));
    this.houseSeats = (int) this.seats.stream().filter(Place::house).count();
  }

  public long auditoriumId() {
    return auditoriumId;
  }

  /** The seats in house order. */
  public List<Place> seats() {
    return seats;
  }

  /** The seat {@code seatId}, if it is one of this auditorium's. */
  public Optional<Place> seat(long seatId) {
    return Optional.ofNullable(byId.get(seatId));
  }

  /** How many seats the auditorium has. */
  public int capacity() {
    return seats.size();
  }

  /** How many of its seats are house seats. */
  public int houseSeats() {
    return houseSeats;
  }
}
