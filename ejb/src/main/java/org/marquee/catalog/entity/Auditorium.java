package org.marquee.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/** A screen room of a theater with its physical seats; showtimes are scheduled into it. */
@Entity
@Cacheable
public class Auditorium {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "theater_id")
  private Theater theater;

  @Column(nullable = false, length = 100)
  private String name;

  @OneToMany(mappedBy = "auditorium", cascade = CascadeType.PERSIST)
  @OrderBy("rowLabel, number")
  private List<Seat> seats = new ArrayList<>();

  @Version private long version;

  protected Auditorium() {}

  public Auditorium(Theater theater, String name) {
    this.theater = theater;
    this.name = name;
  }

  /** Adds a row of {@code count} seats numbered from 1. */
  public void addRow(String rowLabel, int count, SeatCategory category) {
    addRow(rowLabel, count, category, Set.of());
  }

  /** A row whose seats numbered in {@code houseSeats} are kept for the box office. */
  public void addRow(String rowLabel, int count, SeatCategory category, Set<Integer> houseSeats) {
    addRow(rowLabel, count, n -> category, houseSeats);
  }

  /** A row whose seats each have their own category, numbered from 1. */
  public void addRow(
      String rowLabel, int count, IntFunction<SeatCategory> categoryOf, Set<Integer> houseSeats) {
    for (int number = 1; number <= count; number++) {
      seats.add(
          new Seat(this, rowLabel, number, categoryOf.apply(number), houseSeats.contains(number)));
    }
  }

  public Long getId() {
    return id;
  }

  public Theater getTheater() {
    return theater;
  }

  public String getName() {
    return name;
  }

  public List<Seat> getSeats() {
    return seats;
  }
}
