package org.marquee.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
        .add("showtimeId", showtime)
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
