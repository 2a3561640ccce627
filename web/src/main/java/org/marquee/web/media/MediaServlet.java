package org.marquee.web.media;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marquee.media.boundary.MediaFile;
import org.marquee.media.boundary.MediaKind;
import org.marquee.media.boundary.MediaService;

/**
 * Serves posters and trailers at {@code /media/posters/{movieId}} and {@code
 * /media/trailers/{movieId}} ({@code GET} and {@code HEAD}) from the {@link MediaService} store. It
 * is a servlet rather than a REST resource because serving files well is about headers, not about
 * payloads: it validates with {@code ETag} and {@code Last-Modified} and answers 304 to {@code
 * If-None-Match} and {@code If-Modified-Since}, lets browsers cache for an hour, and honours a
 * single {@code Range} (206, or 416 if it lies past the end; invalid or multiple ranges get the
 * whole file, see {@link ByteRange}) under {@code If-Range}, so that a trailer can be seeked.
 *
 * <p>Files are streamed through a small buffer from a channel opened before any header is written,
 * so a 200 MiB trailer never sits in memory, and a file replaced while it is being sent is still
 * sent whole in its old version. Anything that is not a stored file, including a malformed path or
 * a movie id that is not a positive {@code long}, is a short plain-text 404.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

  static final String CACHE_CONTROL = "public, max-age=3600";

  private static final Pattern PATH = Pattern.compile("/([a-z]+)/([1-9][0-9]{0,18})");
  private static final int BUFFER_SIZE = 64 * 1024;
  private static final int ATTEMPTS = 3;

  @Inject MediaService media;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, true);
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, false);
  }

  private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
      throws IOException {
    Matcher path = PATH.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
    Optional<MediaKind> kind =
        path.matches() ? MediaKind.fromFolder(path.group(1)) : Optional.empty();
    long movieId = kind.isPresent() ? parsePositiveLong(path.group(2)) : -1;
    if (movieId <= 0) {
      sendText(response, HttpServletResponse.SC_NOT_FOUND, "Not found", withBody);
      return;
    }
    // A file replaced between find and open would not match its own headers: look again.
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<MediaFile> found = media.find(kind.get(), movieId);
      if (found.isEmpty()) {
        sendText(response, HttpServletResponse.SC_NOT_FOUND, "Not found", withBody);
        return;
      }
      if (!withBody) {
        respond(request, response, found.get(), null);
        return;
      }
      FileChannel channel = openUnchanged(found.get());
      if (channel != null) {
        try (channel) {
          respond(request, response, found.get(), channel);
        }
        return;
      }
    }
    response.setHeader("Retry-After", "1");
    sendText(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Being replaced", withBody);
  }

  /** The channel, or {@code null} if the file is gone or no longer the one found. */
  private static FileChannel openUnchanged(MediaFile file) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(file.path(), StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      return null;
    }
    if (channel.size() != file.length()) {
      channel.close();
      return null;
    }
    return channel;
  }

  /** Answers for a found file; the channel is {@code null} for a HEAD request. */
  private static void respond(
      HttpServletRequest request, HttpServletResponse response, MediaFile file, FileChannel channel)
      throws IOException {
    response.setHeader("ETag", file.etag());
    response.setHeader("Cache-Control", CACHE_CONTROL);
    response.setHeader("Accept-Ranges", "bytes");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (Preconditions.notModified(
        joined(request, "If-None-Match"),
        single(request, "If-Modified-Since"),
        file.etag(),
        file.lastModified())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setDateHeader("Last-Modified", file.lastModified().toEpochMilli());

    // Range is defined for GET only (RFC 9110, section 14.2), so a HEAD is answered whole.
    ByteRange.Result range =
        channel != null
                && Preconditions.rangeAllowed(
                    single(request, "If-Range"), file.etag(), file.lastModified())
            ? ByteRange.parse(joined(request, "Range"), file.length())
            : new ByteRange.None();
    if (range instanceof ByteRange.Unsatisfiable) {
      response.setHeader("Content-Range", ByteRange.unsatisfiedContentRange(file.length()));
      sendText(
          response,
          HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE,
          "Range not satisfiable",
          true);
      return;
    }
    long first = 0;
    long count = file.length();
    if (range instanceof ByteRange.Satisfiable partial) {
      response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
      response.setHeader("Content-Range", partial.range().contentRange(file.length()));
      first = partial.range().first();
      count = partial.range().length();
    } else {
      response.setStatus(HttpServletResponse.SC_OK);
    }
    response.setContentType(file.contentType());
    response.setContentLengthLong(count);
    if (channel != null) {
      copy(channel, first, count, response.getOutputStream());
    }
  }

  private static void copy(FileChannel channel, long position, long count, OutputStream out)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);
    long end = position + count;
    while (position < end) {
      buffer.clear().limit((int) Math.min(BUFFER_SIZE, end - position));
      int read = channel.read(buffer, position);
      if (read < 0) {
        throw new EOFException("The file ended " + (end - position) + " bytes early");
      }
      out.write(buffer.array(), 0, read);
      position += read;
    }
  }

  private static void sendText(
      HttpServletResponse response, int status, String text, boolean withBody) throws IOException {
    byte[] body = (text + "\n").getBytes(UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.setContentLength(body.length);
    if (withBody) {
      response.getOutputStream().write(body);
    }
  }

  /** The id, or -1 if it does not fit a {@code long}. */
  private static long parsePositiveLong(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * All field lines of a list-valued header joined with commas, or {@code null} if there is none.
   */
  private static String joined(HttpServletRequest request, String name) {
    List<String> values = headerValues(request, name);
    return values.isEmpty() ? null : String.join(", ", values);
  }

  /**
   * The value of a single-valued header, or {@code null} if it is absent or sent more than once.
   */
  private static String single(HttpServletRequest request, String name) {
    List<String> values = headerValues(request, name);
    return values.size() == 1 ? values.get(0) : null;
  }

  private static List<String> headerValues(HttpServletRequest request, String name) {
    Enumeration<String> values = request.getHeaders(name);
    return values == null ? List.of() : Collections.list(values);
  }
}
