package org.marquee.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the pages without a browser: real HTTP with its own cookies (its session), reading
 * the forms of a page as a browser without script would, and posting them back, changed or not.
 * Redirects are not followed, so a test sees each answer.
 */
final class Visitor {

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * A form of a page as served: its id, where it posts, how, its fields in order and the name of
   * its first submit button.
   */
  record Form(
      String id, String action, boolean multipart, Map<String, String> fields, String submit) {

    String viewState() {
      return fields.get("jakarta.faces.ViewState");
    }

    Form with(String name, String value) {
      Map<String, String> changed = new LinkedHashMap<>(fields);
      if (value == null) {
        changed.remove(name);
      } else {
        changed.put(name, value);
      }
      return new Form(id, action, multipart, changed, submit);
    }
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(Http.base() + path)).GET());
  }

  /** Signs in through the login form, as a browser without script does. */
  Visitor signIn(String email, String password) {
    Form login = forms(get("/login.xhtml").body()).get(0);
    HttpResponse<String> answer =
        post(login.with("login:email", email).with("login:password", password), false);
    if (answer.statusCode() != 302 && answer.statusCode() != 303) {
      throw new IllegalStateException("not signed in: " + answer.statusCode() + answer.body());
    }
    return this;
  }

  /** Forgets its session: the next request starts a new one. */
  void dropSession() {
    cookies.getCookieStore().removeAll();
  }

  List<HttpCookie> cookies() {
    return cookies.getCookieStore().getCookies();
  }

  /** Posts a form's fields with its first submit button, as a page or as a Faces ajax request. */
  HttpResponse<String> post(Form form, boolean ajax) {
    Map<String, String> fields = new LinkedHashMap<>(form.fields());
    String submit = form.submit();
    if (ajax) {
      fields.put("jakarta.faces.partial.ajax", "true");
      fields.put("jakarta.faces.source", submit == null ? form.id() : submit);
      fields.put("jakarta.faces.partial.execute", "@all");
      fields.put("jakarta.faces.partial.render", "@all");
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.base() + form.action()));
    if (ajax) {
      request.header("Faces-Request", "partial/ajax");
    }
    if (form.multipart()) {
      String boundary = "----marquee" + UUID.randomUUID();
      StringBuilder body = new StringBuilder();
      fields.forEach(
          (name, value) ->
              body.append("--")
                  .append(boundary)
                  .append("\r\nContent-Disposition: form-data; name=\"")
                  .append(name)
                  .append("\"\r\n\r\n")
                  .append(value)
                  .append("\r\n"));
      body.append("--").append(boundary).append("--\r\n");
      request
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    } else {
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(
              HttpRequest.BodyPublishers.ofString(
                  fields.entrySet().stream()
                      .map(
                          e ->
                              URLEncoder.encode(e.getKey(), UTF_8)
                                  + "="
                                  + URLEncoder.encode(e.getValue(), UTF_8))
                      .collect(Collectors.joining("&"))));
    }
    return send(request);
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final Pattern FORM =
      Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern FIELD =
      Pattern.compile("<(input|button|textarea)\\b([^>]*)>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");

  /** The forms that post (Faces' forms) of a page, with the fields a browser would send. */
  static List<Form> forms(String html) {
    List<Form> forms = new ArrayList<>();
    Matcher form = FORM.matcher(html);
    while (form.find()) {
      Map<String, String> attributes = attributes(form.group(1));
      if (!"post".equalsIgnoreCase(attributes.getOrDefault("method", "get"))) {
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      String submit = null;
      Matcher field = FIELD.matcher(form.group(2));
      while (field.find()) {
        Map<String, String> a = attributes(field.group(2));
        String name = a.get("name");
        String type = a.getOrDefault("type", field.group(1).equals("button") ? "submit" : "text");
        if (name == null
            || a.containsKey("disabled")
            || type.equals("file")
            || ((type.equals("radio") || type.equals("checkbox")) && !a.containsKey("checked"))) {
          continue;
        }
        if (type.equals("submit")) {
          if (submit != null) {
            continue; // a browser sends the one button pressed
          }
          submit = name;
        }
        fields.putIfAbsent(name, a.getOrDefault("value", ""));
      }
      forms.add(
          new Form(
              attributes.get("id"),
              attributes.get("action"),
              attributes.getOrDefault("enctype", "").startsWith("multipart/"),
              fields,
              submit));
    }
    return forms;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher a = ATTRIBUTE.matcher(tag);
    while (a.find()) {
      attributes.put(a.group(1), unescape(a.group(2)));
    }
    return attributes;
  }

  private static String unescape(String value) {
    Matcher entity = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(value);
    StringBuilder out = new StringBuilder();
    while (entity.find()) {
      int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
      entity.appendReplacement(out, Matcher.quoteReplacement(Character.toString(code)));
    }
    entity.appendTail(out);
    return out.toString()
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
