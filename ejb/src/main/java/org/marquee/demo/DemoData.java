package org.marquee.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.marquee.account.boundary.AccountService;
import org.marquee.account.entity.Role;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.ProgrammeService;
import org.marquee.catalog.boundary.RowSpec;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.catalog.entity.SeatCategory;
import org.marquee.media.boundary.MediaKind;
import org.marquee.media.boundary.MediaService;
import org.marquee.platform.StartupLock;

/**
 * Fills an empty database with a demo programme when the server runs with {@code
 * -Dmarquee.demo-data=true} (the README's run command does; production never does; see {@link
 * org.marquee.platform.startup.Startup}): four theaters in three cities, six movies now showing and
 * two coming soon with posters and trailers, showtimes over the next seven days, and the three demo
 * accounts of the API contract. It goes through the same services as the administrators, running as
 * one ({@link RunAs}), in one transaction: the whole demo is there or none of it.
 */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final LocalTime[] SLOTS = {
    LocalTime.of(13, 30), LocalTime.of(16, 45), LocalTime.of(20, 0), LocalTime.of(22, 45)
  };

  private record DemoMovie(
      String title, String synopsis, int runtime, String rating, List<String> genres, int days) {}

  private static final List<DemoMovie> MOVIES =
      List.of(
          new DemoMovie(
              "The Last Projectionist",
              "On the night the old Rialto closes for good, its projectionist decides to screen one"
                  + " last reel that nobody has ever seen.",
              118,
              "PG-13",
              List.of("Drama", "Mystery"),
              -20),
          new DemoMovie(
              "Neon Harbor",
              "A dock worker and a rogue courier race the tide through a port city that never"
                  + " sleeps.",
              124,
              "R",
              List.of("Thriller", "Action"),
              -12),
          new DemoMovie(
              "Paper Moons",
              "Two rival origami artists are forced to share a studio for one chaotic summer.",
              97,
              "PG",
              List.of("Comedy", "Romance"),
              -30),
          new DemoMovie(
              "Glacier Run",
              "A rescue team crosses a collapsing ice field to reach a stranded research camp.",
              109,
              "PG-13",
              List.of("Adventure"),
              -5),
          new DemoMovie(
              "The Quiet Orchestra",
              "A deaf conductor leads a village band to the national finals.",
              131,
              "PG",
              List.of("Drama", "Music"),
              -45),
          new DemoMovie(
              "Red Dust Express",
              "A night train across the desert, a stolen map and nine suspects.",
              142,
              "PG-13",
              List.of("Mystery", "Western"),
              -2),
          new DemoMovie(
              "Signal from Europa",
              "When a probe under the ice of Europa starts answering back, one engineer has to"
                  + " decide what to tell the world.",
              136,
              "PG-13",
              List.of("Science Fiction"),
              12),
          new DemoMovie(
              "Midnight at the Marquee",
              "An animated caper about the creatures who live inside a cinema after closing time.",
              92,
              "G",
              List.of("Animation", "Family"),
              26));

  private record DemoAccount(String email, String password, String name, Set<Role> roles) {}

  /** The demo accounts of the API contract, with its well-known passwords (never in production). */
  private static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount(
              "admin@marquee.example",
              "marquee-admin",
              "Ada Admin",
              EnumSet.of(Role.ADMIN, Role.CLERK)),
          new DemoAccount(
              "clerk@marquee.example", "marquee-clerk", "Clark Clerk", EnumSet.of(Role.CLERK)),
          new DemoAccount(
              "alice@marquee.example",
              "marquee-alice",
              "Alice Moviegoer",
              EnumSet.noneOf(Role.class)));

  @EJB ProgrammeService programme;
  @EJB AccountService accounts;
  @Inject MediaService media;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /**
   * Loads the demo into an empty database; {@link org.marquee.platform.startup.Startup} calls it at
   * deployment.
   */
  public void load() {
    StartupLock.take(em); // nodes starting together: one loads, the others find it loaded
    if (em.createQuery("select count(m) from Movie m", Long.class).getSingleResult() > 0) {
      LOG.info("Demo data: the database already holds a programme; nothing loaded");
      return;
    }
    for (DemoAccount demo : ACCOUNTS) {
      accounts.createStaff(demo.email(), demo.password(), demo.name(), demo.roles());
    }
    LocalDate today = LocalDate.now(clock);
    List<MovieView> movies = new ArrayList<>();
    for (int i = 0; i < MOVIES.size(); i++) {
      DemoMovie m = MOVIES.get(i);
      MovieView movie =
          programme.createMovie(
              m.title(),
              m.synopsis(),
              m.runtime(),
              m.rating(),
              m.genres(),
              today.plusDays(m.days()));
      storeMedia(MediaKind.POSTER, movie.id(), "poster-" + (i + 1) + ".png", "image/png");
      storeMedia(MediaKind.TRAILER, movie.id(), "trailer-" + (i + 1) + ".webm", "video/webm");
      movies.add(movie);
    }
    List<MovieView> showing = movies.stream().filter(m -> !m.releaseDate().isAfter(today)).toList();

    List<TheaterView> theaters =
        List.of(
            programme.createTheater(
                "Marquee Alexanderplatz",
                "Berlin",
                "Alexanderstraße 7, 10178 Berlin",
                "Europe/Berlin"),
            programme.createTheater(
                "Marquee Kreuzberg", "Berlin", "Oranienstraße 25, 10999 Berlin", "Europe/Berlin"),
            programme.createTheater(
                "Marquee Hafen", "Hamburg", "Große Elbstraße 40, 22767 Hamburg", "Europe/Berlin"),
            programme.createTheater(
                "Marquee Baixa", "Lisbon", "Rua Augusta 100, 1100-053 Lisboa", "Europe/Lisbon"));

    int shows = 0;
    int next = 0;
    for (TheaterView theater : theaters) {
      long large = programme.addAuditorium(theater.id(), "Screen 1", layout(10, 16));
      long small = programme.addAuditorium(theater.id(), "Screen 2", layout(6, 10));
      ZoneId zone = ZoneId.of(theater.timeZone());
      for (int day = 0; day < 7; day++) {
        for (LocalTime slot : SLOTS) {
          for (long auditorium : new long[] {large, small}) {
            var start = today.plusDays(day).atTime(slot).atZone(zone).toInstant();
            if (!start.isAfter(clock.instant())) {
              continue;
            }
            MovieView movie = showing.get(next++ % showing.size());
            int price = slot.getHour() >= 20 ? 1250 : 990;
            programme.scheduleShowtime(movie.id(), auditorium, start, price, "EUR");
            shows++;
          }
        }
      }
    }
    LOG.info(
        () -> "Demo data loaded: " + movies.size() + " movies, " + theaters.size() + " theaters");
    LOG.info("Demo data: " + shows + " showtimes over the next 7 days");
  }

  /**
   * Rows A.. of {@code seats} seats: the back two premium, row A half as many wheelchair places.
   */
  private static List<RowSpec> layout(int rows, int seats) {
    List<RowSpec> layout = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      String label = String.valueOf((char) ('A' + r));
      SeatCategory category = r >= rows - 2 ? SeatCategory.PREMIUM : SeatCategory.STANDARD;
      layout.add(new RowSpec(label, seats, category));
    }
    layout.set(0, new RowSpec("A", seats / 2, SeatCategory.WHEELCHAIR));
    // the middle four seats of the middle row are house seats, kept for the box office
    int middle = rows / 2;
    layout.set(
        middle,
        new RowSpec(
            layout.get(middle).row(),
            seats,
            SeatCategory.STANDARD,
            Set.of(seats / 2 - 1, seats / 2, seats / 2 + 1, seats / 2 + 2)));
    return layout;
  }

  private void storeMedia(MediaKind kind, long movieId, String file, String contentType) {
    try (InputStream in = DemoData.class.getResourceAsStream("media/" + file)) {
      if (in == null) {
        LOG.warning("Demo data: missing " + file);
        return;
      }
      media.store(kind, movieId, contentType, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
