package org.marquee.catalog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marquee.audit.control.AuditLog;
import org.marquee.catalog.control.CatalogChanged;
import org.marquee.catalog.entity.Auditorium;
import org.marquee.catalog.entity.Movie;
import org.marquee.catalog.entity.Seat;
import org.marquee.catalog.entity.SeatCategory;
import org.marquee.catalog.entity.Showtime;
import org.marquee.catalog.entity.ShowtimeStatus;
import org.marquee.catalog.entity.Theater;
import org.marquee.media.boundary.MediaKind;
import org.marquee.platform.Constraints;
import org.marquee.platform.Settings;
import org.marquee.seating.control.SeatPartitions;

/**
 * Changes to the programme: movies, theaters, auditoriums with their seat layouts, and showtimes
 * with their seat inventory, for administrators only. Each change drops the cached catalog once it
 * has committed.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ProgrammeService {

  @PersistenceContext private EntityManager em;
  @Inject Event<CatalogChanged> changed;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @EJB SeatPartitions partitions;

  public MovieView createMovie(
      String title,
      String synopsis,
      Integer runtimeMinutes,
      String rating,
      List<String> genres,
      LocalDate releaseDate) {
    checkMovie(title, synopsis, runtimeMinutes, rating, genres, releaseDate);
    Movie movie =
        new Movie(title.trim(), synopsis, runtimeMinutes, rating.trim(), genres, releaseDate);
    em.persist(movie);
    em.flush();
    changed.fire(new CatalogChanged("movie"));
    audit.record(AuditLog.Action.MOVIE_CREATED, "movie " + movie.getId(), movie.getTitle());
    return MovieView.of(movie);
  }

  /**
   * Replaces a movie's description. Showtimes already scheduled keep the end they were given; a new
   * runtime counts for showtimes scheduled from now on.
   */
  public MovieView updateMovie(
      long movieId,
      String title,
      String synopsis,
      Integer runtimeMinutes,
      String rating,
      List<String> genres,
      LocalDate releaseDate) {
    Movie movie = em.find(Movie.class, movieId);
    if (movie == null) {
      throw new UnknownMovieException(movieId);
    }
    checkMovie(title, synopsis, runtimeMinutes, rating, genres, releaseDate);
    movie.update(title.trim(), synopsis, runtimeMinutes, rating.trim(), genres, releaseDate);
    changed.fire(new CatalogChanged("movie"));
    audit.record(AuditLog.Action.MOVIE_UPDATED, "movie " + movieId, movie.getTitle());
    return MovieView.of(movie);
  }

  private static void checkMovie(
      String title,
      String synopsis,
      Integer runtimeMinutes,
      String rating,
      List<String> genres,
      LocalDate releaseDate) {
    require(title != null && !title.isBlank(), "A movie needs a title.");
    require(title.trim().length() <= 200, "A title has at most 200 characters.");
    require(
        synopsis == null || synopsis.length() <= 4000, "A synopsis has at most 4000 characters.");
    require(
        runtimeMinutes != null && runtimeMinutes > 0 && runtimeMinutes <= 600,
        "The runtime must be 1 to 600 minutes.");
    require(rating != null && !rating.isBlank(), "A movie needs a rating.");
    require(rating.trim().length() <= 10, "A rating has at most 10 characters.");
    require(releaseDate != null, "A movie needs a release date.");
    require(genres != null, "A movie needs a list of genres (it may be empty).");
    require(
        genres.stream().allMatch(g -> g != null && !g.isBlank() && !g.contains(",")),
        "A genre is a word or two, without commas.");
    require(String.join(",", genres).length() <= 500, "Too many genres.");
  }

  public TheaterView createTheater(String name, String city, String address, String timeZone) {
    require(name != null && !name.isBlank(), "A theater needs a name.");
    require(city != null && !city.isBlank(), "A theater needs a city.");
    require(address != null && !address.isBlank(), "A theater needs an address.");
    ZoneId zone;
    try {
      zone = ZoneId.of(timeZone);
    } catch (RuntimeException e) {
      throw new InvalidProgrammeException("Unknown time zone: " + timeZone);
    }
    Theater theater = new Theater(name.trim(), city.trim(), address.trim(), zone);
    em.persist(theater);
    em.flush();
    changed.fire(new CatalogChanged("theater"));
    audit.record(
        AuditLog.Action.THEATER_CREATED,
        "theater " + theater.getId(),
        theater.getName() + ", " + theater.getCity());
    return TheaterView.of(theater);
  }

  /** Adds an auditorium with its seats; returns its id. */
  public long addAuditorium(long theaterId, String name, List<RowSpec> rows) {
    Theater theater = em.find(Theater.class, theaterId);
    if (theater == null) {
      throw new UnknownAuditoriumException("There is no theater " + theaterId + ".");
    }
    require(name != null && !name.isBlank(), "An auditorium needs a name.");
    require(!rows.isEmpty(), "An auditorium needs at least one row.");
    Set<String> labels = new HashSet<>();
    Auditorium auditorium = new Auditorium(theater, name.trim());
    for (RowSpec row : rows) {
      require(row.row() != null && row.row().matches("[A-Z]{1,3}|[0-9]{1,3}"), "Bad row label.");
      require(labels.add(row.row()), "Row " + row.row() + " appears twice.");
      require(row.seats() > 0 && row.seats() <= 100, "A row has 1 to 100 seats.");
      require(
          row.houseSeats().stream().allMatch(n -> n >= 1 && n <= row.seats()),
          "A house seat of row " + row.row() + " is not one of its seats.");
      require(
          row.seatCategories().keySet().stream().allMatch(n -> n >= 1 && n <= row.seats()),
          "A seat of row " + row.row() + " given its own category is not one of its seats.");
      auditorium.addRow(row.row(), row.seats(), row::categoryOf, row.houseSeats());
    }
    boolean taken =
        !em.createQuery(
                "select a.id from Auditorium a where a.theater = :theater and a.name = :name",
                Long.class)
            .setParameter("theater", theater)
            .setParameter("name", auditorium.getName())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new DuplicateAuditoriumException(auditorium.getName());
    }
    try {
      em.persist(auditorium);
      em.flush();
    } catch (PersistenceException e) {
      if (Constraints.violated(e, "ux_auditorium_name")) {
        throw new DuplicateAuditoriumException(auditorium.getName());
      }
      throw e;
    }
    changed.fire(new CatalogChanged("auditorium"));
    audit.record(
        AuditLog.Action.AUDITORIUM_ADDED,
        "auditorium " + auditorium.getId(),
        auditorium.getName() + " in theater " + theaterId + ", " + rows.size() + " rows");
    return auditorium.getId();
  }

  /**
   * Schedules a showtime. Nothing is written for its seats: a seat has a row ({@code seat_claim})
   * only once it is held or sold; the range of the inventory's partitions that will keep those rows
   * is made now if it is missing ({@link SeatPartitions}). It must not overlap another scheduled
   * showtime of the auditorium, counting the cleaning after each ({@link #cleaningTime()}).
   */
  public long scheduleShowtime(
      long movieId, long auditoriumId, Instant startsAt, int priceCents, String currency) {
    Movie movie = em.find(Movie.class, movieId);
    if (movie == null) {
      throw new UnknownMovieException(movieId);
    }
    Auditorium auditorium = em.find(Auditorium.class, auditoriumId);
    if (auditorium == null) {
      throw new UnknownAuditoriumException("There is no auditorium " + auditoriumId + ".");
    }
    require(startsAt != null && startsAt.isAfter(clock.instant()), "The start is in the past.");
    require(priceCents >= 0 && priceCents <= 100_000_00, "The price is out of range.");
    require(isCurrency(currency), "Unknown currency: " + currency);
    Showtime showtime =
        new Showtime(movie, auditorium, startsAt, priceCents, currency, cleaningTime());
    List<Showtime> clashes =
        em.createQuery(
                "select s from Showtime s join fetch s.movie where s.auditorium = :auditorium"
                    + " and s.status = :scheduled and s.startsAt < :busyUntil"
                    + " and s.cleanUntil > :start order by s.startsAt",
                Showtime.class)
            .setParameter("auditorium", auditorium)
            .setParameter("scheduled", ShowtimeStatus.SCHEDULED)
            .setParameter("start", showtime.getStartsAt())
            .setParameter("busyUntil", showtime.getCleanUntil())
            .setMaxResults(1)
            .getResultList();
    if (!clashes.isEmpty()) {
      throw new ShowtimeOverlapException(describe(clashes.get(0), auditorium.getTheater()));
    }
    try {
      em.persist(showtime);
      em.flush();
    } catch (PersistenceException e) {
      // a concurrent scheduling passed the check above too; the exclusion constraint decided
      if (Constraints.violated(e, "ex_showtime_overlap")) {
        throw new ShowtimeOverlapException();
      }
      throw e;
    }
    partitions.ensureFor(showtime.getId());
    changed.fire(new CatalogChanged("showtime"));
    audit.record(
        AuditLog.Action.SHOWTIME_SCHEDULED,
        "showtime " + showtime.getId(),
        movie.getTitle() + " in auditorium " + auditoriumId + " at " + startsAt);
    return showtime.getId();
  }

  /** "Dune, 20:00 to 22:46 and cleaning to 23:01", in the theater's own time. */
  private static String describe(Showtime showtime, Theater theater) {
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(theater.getZone());
    return showtime.getMovie().getTitle()
        + ", "
        + time.format(showtime.getStartsAt())
        + " to "
        + time.format(showtime.getEndsAt())
        + " and cleaning to "
        + time.format(showtime.getCleanUntil());
  }

  /**
   * Records in the audit log that a poster or trailer was stored for the movie; the file itself is
   * written to the media store before, outside any transaction, since it may be large.
   */
  public void recordMediaUpload(MediaKind kind, long movieId, String contentType, long bytes) {
    Movie movie = em.find(Movie.class, movieId);
    if (movie == null) {
      throw new UnknownMovieException(movieId);
    }
    audit.record(
        kind == MediaKind.POSTER
            ? AuditLog.Action.POSTER_UPLOADED
            : AuditLog.Action.TRAILER_UPLOADED,
        "movie " + movieId,
        movie.getTitle() + ": " + contentType + ", " + bytes + " bytes");
  }

  /** Every movie, the newest release first, whether or not it is showing. */
  public List<MovieView> movies() {
    return em.createQuery("select m from Movie m order by m.releaseDate desc, m.title", Movie.class)
        .getResultStream()
        .map(MovieView::of)
        .toList();
  }

  /** The theater's auditoriums by name, with their seat counts but without their layouts. */
  public List<AuditoriumView> auditoriums(long theaterId) {
    return em.createQuery(
            "select a.id, a.name, t.name, count(s) from Auditorium a join a.theater t"
                + " left join a.seats s where t.id = :theater"
                + " group by a.id, a.name, t.name order by a.name",
            Object[].class)
        .setParameter("theater", theaterId)
        .getResultStream()
        .map(
            r ->
                new AuditoriumView(
                    (Long) r[0],
                    theaterId,
                    (String) r[2],
                    (String) r[1],
                    ((Long) r[3]).intValue(),
                    List.of()))
        .toList();
  }

  /** One auditorium with its layout, row by row, each row described by its commonest category. */
  public AuditoriumView auditorium(long auditoriumId) {
    Auditorium auditorium = em.find(Auditorium.class, auditoriumId);
    if (auditorium == null) {
      throw new UnknownAuditoriumException("There is no auditorium " + auditoriumId + ".");
    }
    Map<String, List<Seat>> byRow = new LinkedHashMap<>();
    auditorium.getSeats().stream()
        .sorted(Comparator.comparing(Seat::getRowLabel).thenComparing(Seat::getNumber))
        .forEach(
            seat -> byRow.computeIfAbsent(seat.getRowLabel(), r -> new ArrayList<>()).add(seat));
    List<RowSpec> rows = new ArrayList<>();
    byRow.forEach((label, seats) -> rows.add(rowOf(label, seats)));
    return new AuditoriumView(
        auditorium.getId(),
        auditorium.getTheater().getId(),
        auditorium.getTheater().getName(),
        auditorium.getName(),
        auditorium.getSeats().size(),
        rows);
  }

  private static RowSpec rowOf(String label, List<Seat> seats) {
    Map<SeatCategory, Long> counts = new EnumMap<>(SeatCategory.class);
    seats.forEach(s -> counts.merge(s.getCategory(), 1L, Long::sum));
    SeatCategory usual =
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    Map<Integer, SeatCategory> own = new HashMap<>();
    Set<Integer> house = new HashSet<>();
    for (Seat seat : seats) {
      if (seat.getCategory() != usual) {
        own.put(seat.getNumber(), seat.getCategory());
      }
      if (seat.isHouse()) {
        house.add(seat.getNumber());
      }
    }
    return new RowSpec(label, seats.size(), usual, house, own);
  }

  /**
   * The theater's scheduled showtimes that start in {@code [from, to)}, by auditorium and start,
   * with their seats sold.
   */
  public List<ScheduledShowtime> schedule(long theaterId, Instant from, Instant to) {
    return em.createQuery(
            "select new org.marquee.catalog.boundary.ScheduledShowtime(s.id, a.id, a.name, m.id,"
                + " m.title, s.startsAt, s.endsAt, s.cleanUntil, s.priceCents, s.currency,"
                + " cast((select count(x) from Seat x where x.auditorium = a) as int),"
                + " cast((select count(t) from Ticket t where t.showtime = s"
                + " and t.status <> org.marquee.ticket.entity.TicketStatus.CANCELLED) as int))"
                + " from Showtime s join s.auditorium a join s.movie m"
                + " where a.theater.id = :theater and s.status = :scheduled"
                + " and s.startsAt >= :from and s.startsAt < :to"
                + " order by a.name, s.startsAt",
            ScheduledShowtime.class)
        .setParameter("theater", theaterId)
        .setParameter("scheduled", ShowtimeStatus.SCHEDULED)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /**
   * How long an auditorium is cleaned between two showtimes: {@code marquee.cleaning-minutes}, 15
   * by default. The clash detection counts it.
   */
  static Duration cleaningTime() {
    return Duration.ofMinutes(Math.max(0, Settings.getInt("marquee.cleaning-minutes", 15)));
  }

  private static boolean isCurrency(String code) {
    try {
      return code != null && Currency.getInstance(code).getCurrencyCode().equals(code);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new InvalidProgrammeException(message);
    }
  }
}
