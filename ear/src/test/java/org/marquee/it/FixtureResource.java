package org.marquee.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.media.boundary.MediaKind;
import org.marquee.media.boundary.MediaService;

/**
 * Test-only: lets a test that runs outside the server (a browser test) seed its own programme. It
 * exists only in the test deployment, whose web module carries the test classes; the EAR that ships
 * has no such endpoint.
 */
@Path("/test-fixture")
public class FixtureResource {

  @Inject CatalogFixture fixture;
  @Inject MediaService media;
  @Inject BookingProbe probe;

  /** The account's mails in {@code language} from now on, as its profile page would set it. */
  @POST
  @Path("accounts/{email}/language/{language}")
  public void language(@PathParam("email") String email, @PathParam("language") String language) {
    probe.preferLanguage(email, language);
  }

  /** The showtime started three hours ago and ended a minute ago: its tickets are past. */
  @POST
  @Path("showtimes/{id}/ended")
  public void ended(@PathParam("id") long showtimeId) {
    probe.moveShowtime(showtimeId, Duration.ofHours(3), Duration.ofMinutes(-1));
  }

  /** A theater with one showtime of a movie that has the first demo poster and trailer. */
  @POST
  @Path("programme")
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject programme() {
    TheaterView theater = fixture.theater("Browser Palace", "Europe/Berlin");
    long screen = fixture.auditorium(theater, "Screen 1");
    MovieView movie = fixture.releasedMovie("Browser Premiere");
    store(MediaKind.POSTER, movie.id(), "poster-1.png", "image/png");
    store(MediaKind.TRAILER, movie.id(), "trailer-1.webm", "video/webm");
    long showtime = fixture.showtime(movie, screen, fixture.inHours(26), 1100);
    return Json.createObjectBuilder()
        .add("movieId", movie.id())
        .add("title", movie.title())
        .add("theaterName", theater.name())
        .add("theaterId", theater.id())
        .add("showtimeId", showtime)
        .build();
  }

  /**
   * What the customer journey browses: in city "Journeyville TAG" two theaters, in "Farville TAG"
   * one; a comedy tomorrow at the first theater, a thriller the day after at the second and in
   * Farville, and a movie coming soon. Every name carries the tag, so the filters find only these.
   */
  @POST
  @Path("journey")
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject journey() {
    String city = "Journeyville " + fixture.tag;
    String farCity = "Farville " + fixture.tag;
    TheaterView first = fixture.theater("Lumiere", city, "Europe/Berlin");
    TheaterView second = fixture.theater("Odeon", city, "Europe/Berlin");
    TheaterView far = fixture.theater("Roxy", farCity, "Europe/Berlin");
    MovieView comedy =
        fixture.releasedMovie(
            "Laugh Track",
            "Two projectionists swap reels and lives for a week.",
            "PG",
            List.of("Comedy"));
    MovieView thriller =
        fixture.releasedMovie(
            "Night Reel",
            "A last screening, a missing print and a full house.",
            "15",
            List.of("Thriller", "Drama"));
    store(MediaKind.POSTER, comedy.id(), "poster-1.png", "image/png");
    store(MediaKind.TRAILER, comedy.id(), "trailer-1.webm", "video/webm");
    store(MediaKind.POSTER, thriller.id(), "poster-2.png", "image/png");
    MovieView soon = fixture.movie("Next Summer", java.time.LocalDate.now().plusDays(40));
    // on fixed local days and hours, so that the days the pages group them by never depend on
    // the hour the test runs at
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    long comedyShow =
        fixture.showtime(
            comedy,
            fixture.auditorium(first, "Screen 1"),
            fixture.onDay(1, LocalTime.of(20, 0), berlin),
            1100);
    long thrillerShow =
        fixture.showtime(
            thriller,
            fixture.auditorium(second, "Screen 1"),
            fixture.onDay(2, LocalTime.of(18, 0), berlin),
            1200);
    long farShow =
        fixture.showtime(
            thriller,
            fixture.auditorium(far, "Screen 1"),
            fixture.onDay(2, LocalTime.of(20, 30), berlin),
            900);
    return Json.createObjectBuilder()
        .add("tag", fixture.tag)
        .add("city", city)
        .add("farCity", farCity)
        .add("firstTheaterId", first.id())
        .add("secondTheaterId", second.id())
        .add("comedyId", comedy.id())
        .add("comedyTitle", comedy.title())
        .add("comedyShowtimeId", comedyShow)
        .add("thrillerId", thriller.id())
        .add("thrillerTitle", thriller.title())
        .add("thrillerShowtimeId", thrillerShow)
        .add("farShowtimeId", farShow)
        .add("soonTitle", soon.title())
        .build();
  }

  private void store(MediaKind kind, long movieId, String file, String contentType) {
    try (InputStream in =
        MediaService.class.getResourceAsStream("/org/marquee/demo/media/" + file)) {
      media.store(kind, movieId, contentType, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
