package org.marquee.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.marquee.catalog.boundary.MovieView;
import org.marquee.catalog.boundary.ProgrammeService;
import org.marquee.media.boundary.MediaFile;
import org.marquee.media.boundary.MediaKind;
import org.marquee.media.boundary.MediaService;
import org.marquee.platform.BusinessException;
import org.marquee.web.media.MediaUrls;
import org.marquee.web.site.Messages;

/**
 * The movies page (/admin/movies.xhtml): every movie, newest release first, and a form that adds a
 * movie or edits the chosen one, with its poster and trailer uploaded into the media store in the
 * same submit. Each change is in the audit log and in the catalog at once.
 */
@Named
@ViewScoped
public class MoviesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgrammeService programme;
  @Inject MediaService media;
  @Inject MediaUrls mediaUrls;

  private List<MovieView> movies = List.of();
  private Long editing;
  private String title;
  private String synopsis;
  private Integer runtimeMinutes;
  private String rating;
  private String genres;
  private LocalDate releaseDate;
  private transient Part poster;
  private transient Part trailer;

  public void load() {
    movies = programme.movies();
  }

  public void edit(long movieId) {
    MovieView movie = movies.stream().filter(m -> m.id() == movieId).findFirst().orElseThrow();
    editing = movie.id();
    title = movie.title();
    synopsis = movie.synopsis();
    runtimeMinutes = movie.runtimeMinutes();
    rating = movie.rating();
    genres = genresOf(movie);
    releaseDate = movie.releaseDate();
  }

  public void startNew() {
    editing = null;
    title = null;
    synopsis = null;
    runtimeMinutes = null;
    rating = null;
    genres = null;
    releaseDate = null;
  }

  public void save() {
    List<String> genreList =
        genres == null
            ? List.of()
            : Arrays.stream(genres.split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList();
    MovieView saved;
    try {
      saved =
          editing == null
              ? programme.createMovie(
                  title, synopsis, runtimeMinutes, rating, genreList, releaseDate)
              : programme.updateMovie(
                  editing, title, synopsis, runtimeMinutes, rating, genreList, releaseDate);
    } catch (BusinessException e) {
      Messages.refusal(null, e);
      return;
    }
    String uploads =
        upload(MediaKind.POSTER, saved.id(), poster)
            + upload(MediaKind.TRAILER, saved.id(), trailer);
    Messages.info(editing == null ? "movies.added" : "movies.saved", saved.title(), uploads);
    load();
    edit(saved.id());
  }

  /**
   * Stores an uploaded file, if one was chosen; says what became of it: a sentence to add to the
   * page's message (with its leading space), or an error of its own.
   */
  private String upload(MediaKind kind, long movieId, Part part) {
    if (part == null || part.getSize() == 0) {
      return "";
    }
    try (InputStream bytes = part.getInputStream()) {
      MediaFile file = media.store(kind, movieId, part.getContentType(), bytes);
      programme.recordMediaUpload(kind, movieId, file.contentType(), file.length());
      return " " + Messages.text("movies.stored." + kind.name());
    } catch (BusinessException e) {
      Messages.error(null, "movies.notstored." + kind.name(), Messages.describe(e));
      return "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the edit button of a movie says to a screen reader: "Edit Dune". */
  public String editLabel(MovieView movie) {
    return Messages.text("movies.edit.label", movie.title());
  }

  public String genresOf(MovieView movie) {
    return String.join(", ", movie.genres());
  }

  public String posterUrl(long movieId) {
    return mediaUrls.of(MediaKind.POSTER, movieId);
  }

  public boolean hasTrailer(long movieId) {
    return media.has(MediaKind.TRAILER, movieId);
  }

  public List<MovieView> getMovies() {
    return movies;
  }

  public Long getEditing() {
    return editing;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSynopsis() {
    return synopsis;
  }

  public void setSynopsis(String synopsis) {
    this.synopsis = synopsis;
  }

  public Integer getRuntimeMinutes() {
    return runtimeMinutes;
  }

  public void setRuntimeMinutes(Integer runtimeMinutes) {
    this.runtimeMinutes = runtimeMinutes;
  }

  public String getRating() {
    return rating;
  }

  public void setRating(String rating) {
    this.rating = rating;
  }

  public String getGenres() {
    return genres;
  }

  public void setGenres(String genres) {
    this.genres = genres;
  }

  public LocalDate getReleaseDate() {
    return releaseDate;
  }

  public void setReleaseDate(LocalDate releaseDate) {
    this.releaseDate = releaseDate;
  }

  public Part getPoster() {
    return poster;
  }

  public void setPoster(Part poster) {
    this.poster = poster;
  }

  public Part getTrailer() {
    return trailer;
  }

  public void setTrailer(Part trailer) {
    this.trailer = trailer;
  }
}
