package org.marquee.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Requests that come from another loopback address than the tests' own: the connection is bound to
 * {@code 127.0.0.2}, which the tests' server trusts as a proxy ({@code
 * marquee.security.trusted-proxies} in arquillian.xml), so the {@code X-Forwarded-For} it sends
 * names the client. The JDK's HTTP client cannot choose its local address (before Java 19), so this
 * speaks HTTP/1.1 over a plain socket, one request per connection.
 */
final class FromProxy {

  /** The trusted proxy's address, as the server sees the connection. */
  static final String PROXY = "127.0.0.2";

  private FromProxy() {}

  /** An answer: status, header lines (names in lower case) and body. */
  record Answer(int status, List<String[]> headers, String body) {

    Optional<String> header(String name) {
      return headers.stream()
          .filter(h -> h[0].equals(name.toLowerCase(Locale.ROOT)))
          .map(h -> h[1])
          .findFirst();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** GET {@code path} on the tests' server, from the proxy, with header name/value pairs. */
  static Answer get(String path, String... headers) {
    return getAt(Http.base(), path, headers);
  }

  /** GET {@code path} on the server at {@code base}, from the proxy. */
  static Answer getAt(String base, String path, String... headers) {
    return send(base, PROXY, path, headers);
  }

  /** GET from the tests' own address (127.0.0.1), which the server does not trust as a proxy. */
  static Answer direct(String path, String... headers) {
    return send(Http.base(), "127.0.0.1", path, headers);
  }

  private static Answer send(String base, String local, String path, String... headers) {
    URI uri = URI.create(base);
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(local), 0));
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      StringBuilder request =
          new StringBuilder("GET ")
              .append(path)
              .append(" HTTP/1.1\r\nHost: ")
              .append(uri.getHost())
              .append(':')
              .append(uri.getPort())
              .append("\r\nAccept: application/json\r\nConnection: close\r\n");
      for (int i = 0; i < headers.length; i += 2) {
        request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
      }
      OutputStream out = socket.getOutputStream();
      out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer read(InputStream in) throws IOException {
    String status = line(in);
    int code = Integer.parseInt(status.split(" ")[1]);
    List<String[]> headers = new ArrayList<>();
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers.add(
          new String[] {
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim()
          });
    }
    boolean chunked =
        headers.stream()
            .anyMatch(h -> h[0].equals("transfer-encoding") && h[1].equalsIgnoreCase("chunked"));
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
          size > 0;
          size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
        body.write(in.readNBytes(size));
        line(in);
      }
    } else {
      in.transferTo(body);
    }
    return new Answer(code, headers, body.toString(StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
