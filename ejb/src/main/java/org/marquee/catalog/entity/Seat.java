package org.marquee.catalog.entity;

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
import java.util.Comparator;

/** A physical seat of an auditorium, identified by its row and number. */
@Entity
public class Seat {

  /**
   * Seats as a house lists them: rows in natural order (A..Z, AA.., or 1, 2.. 10), then by number;
   * the order of the queries that say {@code order by length(rowLabel), rowLabel, number}.
   */
  public static final Comparator<Seat> IN_HOUSE_ORDER =
      Comparator.comparing((Seat seat) -> seat.getRowLabel().length())
          .thenComparing(Seat::getRowLabel)
          .thenComparingInt(Seat::getNumber);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "auditorium_id")
  private Auditorium auditorium;

  @Column(name = "row_label", nullable = false, length = 5)
  private String rowLabel;

  @Column(name = "seat_number", nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SeatCategory category;

  protected Seat() {}

  /** Whether only the box office sells this seat until shortly before each showtime. */
  @Column(nullable = false)
  private boolean house;

  Seat(Auditorium auditorium, String rowLabel, int number, SeatCategory category, boolean house) {
    this.auditorium = auditorium;
    this.rowLabel = rowLabel;
    this.number = number;
    this.category = category;
    this.house = house;
  }

  public boolean isHouse() {
    return house;
  }

  public Long getId() {
    return id;
  }

  public String getRowLabel() {
    return rowLabel;
  }

  public int getNumber() {
    return number;
  }

  public SeatCategory getCategory() {
    return category;
  }
}
