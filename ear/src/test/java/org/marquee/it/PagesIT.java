package org.marquee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.media.boundary.MediaKind;
import org.marquee.media.boundary.MediaService;

/** The first pages over real HTTP: the home page and a movie page, as a browser receives them. */
@ExtendWith(ArquillianExtension.class)
class PagesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.marquee();
  }

  @Inject CatalogFixture fixture;
  @Inject MediaService media;

  @Test
  void homeShowsMoviesNowShowingWithPosterAndNextShowtimes() {
    TheaterView theater = fixture.theater("Palace", "Europe/Berlin");
    long screen = fixture.auditorium(theater, "Screen 1");
    MovieView movie = fixture.releasedMovie("Home Run <b>bold</b>");
    media.store(
        MediaKind.POSTER, movie.id(), "image/png", new ByteArrayInputStream(new byte[] {1}));
    fixture.showtime(movie, screen, fixture.inHours(4), 1000);

    HttpResponse<String> home = Http.get("/");
    assertEquals(200, home.statusCode());
    String html = home.body();
    assertTrue(html.contains("Now showing"), html);
    assertTrue(html.contains("Home Run &lt;b&gt;bold&lt;/b&gt; " + fixture.tag), "escaped title");
    assertFalse(html.contains("<b>bold</b>"), "no markup from data");
    assertTrue(html.contains("/media/posters/" + movie.id()), "poster");
    assertTrue(html.contains("/movies/movie.xhtml?id=" + movie.id()), "link to the movie page");
    assertTrue(html.contains(theater.name().replace(" ", " ")), "next showtime's theater");
  }

  @Test
  void moviePageShowsTrailerAndShowtimesByTheaterAndDate() {
    TheaterView theater = fixture.theater("Scala", "Europe/Berlin");
    long screen = fixture.auditorium(theater, "Screen 9");
    MovieView movie = fixture.releasedMovie("Page Turner");
    media.store(
        MediaKind.TRAILER, movie.id(), "video/webm", new ByteArrayInputStream(new byte[] {1, 2}));
    long first = fixture.showtime(movie, screen, fixture.inHours(26), 1000);
    long second = fixture.showtime(movie, screen, fixture.inHours(50), 1000);

    HttpResponse<String> page = Http.get("/movies/movie.xhtml?id=" + movie.id());
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains(movie.title()));
    assertTrue(html.contains("<video"), "trailer player");
    assertTrue(html.contains("/media/trailers/" + movie.id()));
    assertTrue(html.contains(theater.name()));
    assertTrue(html.contains("data-showtime-id=\"" + first + "\""), "first day's showtime");
    assertFalse(html.contains("data-showtime-id=\"" + second + "\""), "other days on their tab");

    LocalDate secondDay = fixture.inHours(50).atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
    String other = Http.get("/movies/movie.xhtml?id=" + movie.id() + "&date=" + secondDay).body();
    assertTrue(other.contains("data-showtime-id=\"" + second + "\""), "chosen day's showtime");
  }

  @Test
  void unknownMovieIsANotFoundPage() {
    for (String id : new String[] {"999999999", "abc", ""}) {
      HttpResponse<String> page = Http.get("/movies/movie.xhtml?id=" + id);
      assertEquals(404, page.statusCode(), id);
      assertTrue(page.body().contains("Movie not found"));
      assertFalse(Http.showsStackTrace(page.body()), page.body());
    }
  }
}
