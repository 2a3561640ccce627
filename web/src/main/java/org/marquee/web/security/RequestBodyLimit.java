package org.marquee.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marquee.web.api.Problem;

/**
 * How large a request's body may be, refused before the body is read whole and before anything
 * happens (web.xml maps it after {@link SecurityHeaders}).
 *
 * <ul>
 *   <li>At most {@value #LIMIT} bytes (1 MiB), on the API and on the pages: {@code 413}. A declared
 *       {@code Content-Length} over it is refused without reading a byte; a body of unknown length
 *       (chunked) on the API is read up to one byte past the limit, then refused or handed on from
 *       memory; on a page, whose form fields the container reads itself, a typed body of unknown
 *       length is {@code 411} (browsers always say how long a form is), while a request with
 *       neither length nor type goes on (it has no body anything here would read).
 *   <li>{@code multipart/*}: {@code 415}, except for the movie form of the administrators' movie
 *       page, which uploads posters and trailers.
 *   <li>The uploads, that form and {@code PUT /api/v1/admin/movies/{id}/poster} or {@code /trailer}
 *       (raw bytes), keep their own larger limits: the listeners' {@code max-post-size}
 *       (wildfly-config/70-uploads.cli) and each kind's limit in {@code MediaService}. Both are for
 *       administrators only; the container signs them in before this filter.
 * </ul>
 *
 * The API answers with problem details ({@code request-too-large} with {@code limit}, {@code
 * unsupported-media-type}, {@code length-required}); a page with a short page of its own.
 */
public class RequestBodyLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final int LIMIT = 1024 * 1024;

  private static final Pattern API_UPLOAD =
      Pattern.compile("/api/v1/admin/movies/[^/]+/(poster|trailer)");
  private static final String UPLOAD_PAGE = "/admin/movies.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean api = path.startsWith("/api/");
    String type = request.getContentType();
    boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    boolean post = "POST".equals(request.getMethod());
    if (multipart && !(post && path.equals(UPLOAD_PAGE))) {
      refuse(
          request,
          response,
          api,
          415,
          "unsupported-media-type",
          "Unsupported media type",
          "Multipart bodies are not accepted here.");
      return;
    }
    boolean upload =
        (multipart && post)
            || ("PUT".equals(request.getMethod()) && API_UPLOAD.matcher(path).matches());
    if (upload) {
      chain.doFilter(request, response);
      return;
    }
    long length = request.getContentLengthLong();
    if (length > LIMIT) {
      tooLarge(request, response, api);
      return;
    }
    if (length < 0 && mayHaveBody(request)) {
      if (!api && type == null) {
        // no length and no type: nothing here reads such a body (a form has a type), and a POST
        // without any body, which HTTP allows, must meet the resource's own answer (a 405)
        chain.doFilter(request, response);
        return;
      }
      if (!api) {
        refuse(
            request,
            response,
            false,
            411,
            "length-required",
            "Length required",
            "Send the form with its Content-Length.");
        return;
      }
      byte[] body = request.getInputStream().readNBytes(LIMIT + 1);
      if (body.length > LIMIT) {
        tooLarge(request, response, true);
        return;
      }
      chain.doFilter(new ReadBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** A body without a declared length: chunked, or a method that carries one. */
  private static boolean mayHaveBody(HttpServletRequest request) {
    String method = request.getMethod();
    return request.getHeader("Transfer-Encoding") != null
        || "POST".equals(method)
        || "PUT".equals(method)
        || "PATCH".equals(method);
  }

  private static void tooLarge(
      HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
    refuse(
        request,
        response,
        api,
        413,
        "request-too-large",
        "Request body too large",
        "A request body may have at most 1 MiB (" + LIMIT + " bytes).");
  }

  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      boolean api,
      int status,
      String slug,
      String title,
      String detail)
      throws IOException {
    byte[] body;
    if (api) {
      Problem problem = Problem.of(status, slug, title, detail);
      if (status == 413) {
        problem.with("limit", LIMIT);
      }
      body = problem.toJson().getBytes(StandardCharsets.UTF_8);
      response.setContentType(Problem.MEDIA_TYPE);
    } else {
      body =
          ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>"
                  + title
                  + " · Marquee</title></head><body><main><h1>"
                  + title
                  + "</h1><p>"
                  + detail
                  + "</p><p><a href=\""
                  + request.getContextPath()
                  + "/\">Marquee</a></p></main></body></html>")
              .getBytes(StandardCharsets.UTF_8);
      response.setContentType("text/html;charset=UTF-8");
    }
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /** The request with its body, read already, from memory. */
  static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return bytes.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return bytes.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return ((ByteArrayInputStream) bytes).available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          try {
            listener.onDataAvailable();
            listener.onAllDataRead();
          } catch (IOException e) {
            listener.onError(e);
          }
        }
      };
    }
  }
}
