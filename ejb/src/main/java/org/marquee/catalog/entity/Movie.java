package org.marquee.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;

/**
 * A film in the programme. Read on every page and rarely changed, so it lives in the second-level
 * cache; its poster and trailer live in the media store under the movie's id.
 */
@Entity
@Cacheable
public class Movie {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 4000)
  private String synopsis;

  @Column(name = "runtime_minutes", nullable = false)
  private int runtimeMinutes;

  @Column(nullable = false, length = 10)
  private String rating;

  @Convert(converter = GenresConverter.class)
  @Column(nullable = false, length = 500)
  private List<String> genres;

  @Column(name = "release_date", nullable = false)
  private LocalDate releaseDate;

  @Version private long version;

  protected Movie() {}

  public Movie(
      String title,
      String synopsis,
      int runtimeMinutes,
      String rating,
      List<String> genres,
      LocalDate releaseDate) {
    update(title, synopsis, runtimeMinutes, rating, genres, releaseDate);
  }

  /** Replaces every descriptive field at once, as the administration form edits them together. */
  public final void update(
      String title,
      String synopsis,
      int runtimeMinutes,
      String rating,
      List<String> genres,
      LocalDate releaseDate) {
    if (runtimeMinutes < 1) {
      throw new IllegalArgumentException("runtime must be positive");
    }
    this.title = title;
    this.synopsis = synopsis == null ? "" : synopsis;
    this.runtimeMinutes = runtimeMinutes;
    this.rating = rating;
    this.genres = List.copyOf(genres);
    this.releaseDate = releaseDate;
  }

  public boolean isReleasedOn(LocalDate day) {
    return !releaseDate.isAfter(day);
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getSynopsis() {
    return synopsis;
  }

  public int getRuntimeMinutes() {
    return runtimeMinutes;
  }

  public String getRating() {
    return rating;
  }

  public List<String> getGenres() {
    return genres;
  }

  public LocalDate getReleaseDate() {
    return releaseDate;
  }
}
