package org.marquee.web.site;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pages' texts from Java, in the page's language: code names a key of the page bundles
 * (faces-config.xml: {@code msg}, {@code acct}, {@code staff}, looked up in that order, the staff's
 * first on the staff's screens), never the text itself. Keys with arguments are {@link
 * MessageFormat} patterns, so an apostrophe in them is written twice.
 *
 * <p>The domain's refusals (its exceptions) carry an English text that is also the API's problem
 * detail. {@link #refusal} shows that text on English pages; in another language it shows the
 * bundle's text for the kind of refusal ({@code refused.SeatsUnavailableException}), falling back
 * to the English detail only where a kind has no translation yet.
 */
public final class Messages {

  static final List<String> BUNDLES = List.of("msg", "acct", "staff");
  private static final List<String> STAFF_FIRST = List.of("staff", "msg", "acct");

  /**
   * The bundles in the order a key is looked up: the staff's first on the staff's screens, so that
   * a refusal there is worded for a clerk, not for a customer.
   */
  private static List<String> bundles(FacesContext faces) {
    String view = faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    return view != null && (view.startsWith("/admin/") || view.startsWith("/boxoffice/"))
        ? STAFF_FIRST
        : BUNDLES;
  }

  private Messages() {}

  /** The text of {@code key} in the current page's language, with its arguments filled in. */
  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = pattern(faces, key);
    if (pattern == null) {
      throw new MissingResourceException("no text for " + key, "page bundles", key);
    }
    return new MessageFormat(pattern, locale(faces)).format(args);
  }

  private static String pattern(FacesContext faces, String key) {
    for (String bundle : bundles(faces)) {
      ResourceBundle texts = faces.getApplication().getResourceBundle(faces, bundle);
      if (texts != null && texts.containsKey(key)) {
        return texts.getString(key);
      }
    }
    return null;
  }

  /**
   * A date or time pattern of the bundles ({@code format.*}), for {@link
   * java.time.format.DateTimeFormatter}: taken as written, not as a MessageFormat pattern.
   */
  public static java.time.format.DateTimeFormatter dateFormat(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = pattern(faces, key);
    if (pattern == null) {
      throw new MissingResourceException("no date format " + key, "page bundles", key);
    }
    return java.time.format.DateTimeFormatter.ofPattern(pattern, locale(faces));
  }

  /** An amount in the current page's language: "12.50 EUR", "12,50 EUR". */
  public static String money(long cents, String currency) {
    return Money.format(cents, currency, locale());
  }

  /** The language of the current page. */
  public static Locale locale() {
    return locale(FacesContext.getCurrentInstance());
  }

  private static Locale locale(FacesContext faces) {
    return faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : faces.getApplication().getViewHandler().calculateLocale(faces);
  }

  /** An error next to the field with this client id, or for the whole form (null). */
  public static void error(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  public static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  /** A refusal of the domain, for the whole form (null) or next to a field. */
  public static void refusal(String clientId, RuntimeException refusal) {
    add(clientId, FacesMessage.SEVERITY_ERROR, describe(refusal));
  }

  /**
   * A refusal followed by what the page advises next ({@code key}): "These seats were just taken.
   * The map shows what is free now."
   */
  public static void refusal(String clientId, RuntimeException refusal, String key) {
    add(clientId, FacesMessage.SEVERITY_ERROR, describe(refusal) + " " + text(key));
  }

  /** What a refusal says to the reader of the current page. */
  public static String describe(RuntimeException refusal) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!Locale.ENGLISH.getLanguage().equals(locale(faces).getLanguage())) {
      String translated = pattern(faces, "refused." + refusal.getClass().getSimpleName());
      if (translated != null) {
        return translated;
      }
    }
    return refusal.getMessage();
  }

  /**
   * Puts a refusal of the account rules next to the field it names: their messages start with the
   * field's name ("password must be ..."), which is also the input's id in the form {@code form}.
   */
  public static void onField(String form, RuntimeException refusal, String... fields) {
    String message = refusal.getMessage();
    for (String field : fields) {
      if (message.startsWith(field + " ")) {
        refusal(form + ":" + field, refusal);
        return;
      }
    }
    refusal(null, refusal);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
