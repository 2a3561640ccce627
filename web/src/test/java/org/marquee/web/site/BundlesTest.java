package org.marquee.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' bundles against the pages and the code: every key a page or a bean names exists in
 * English and in German, both languages have the same keys (German adds only the {@code refused.*}
 * texts of the domain's refusals), and every text is a pattern MessageFormat accepts.
 */
class BundlesTest {

  private static final Path RESOURCES = Path.of("src/main/resources/org/marquee/web");
  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Path JAVA = Path.of("src/main/java/org/marquee/web");
  private static final Map<String, String> VARS =
      Map.of("msg", "site", "acct", "account", "staff", "staff");
  private static final Pattern PAGE_KEY = Pattern.compile("(msg|acct|staff)\\['([^']+)'\\]");
  private static final Pattern JAVA_CALL =
      Pattern.compile(
          "Messages\\.(?:text|error|info|refusal|dateFormat)\\(([^;]*)", Pattern.DOTALL);
  private static final Pattern LITERAL =
      Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

  private static Properties load(String bundle, String suffix) throws IOException {
    Properties texts = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            RESOURCES.resolve(bundle + suffix + ".properties"), StandardCharsets.UTF_8)) {
      texts.load(in);
    }
    return texts;
  }

  private static Set<String> allKeys(String suffix) throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String bundle : VARS.values()) {
      keys.addAll(load(bundle, suffix).stringPropertyNames());
    }
    return keys;
  }

  @Test
  void everyKeyOfAPageExistsInBothLanguages() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> pages = Files.walk(PAGES)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher keys = PAGE_KEY.matcher(Files.readString(page));
        while (keys.find()) {
          String bundle = VARS.get(keys.group(1));
          String key = keys.group(2);
          for (String suffix : List.of("", "_de")) {
            if (!load(bundle, suffix).containsKey(key)) {
              missing.add(page.getFileName() + ": " + bundle + suffix + " lacks " + key);
            }
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyKeyTheCodeNamesExistsInBothLanguages() throws IOException {
    Set<String> english = allKeys("");
    Set<String> german = allKeys("_de");
    List<String> missing = new ArrayList<>();
    int found = 0;
    try (Stream<Path> sources = Files.walk(JAVA)) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher calls = JAVA_CALL.matcher(Files.readString(source));
        while (calls.find()) {
          Matcher literal = LITERAL.matcher(calls.group(1));
          while (literal.find()) {
            found++;
            String key = literal.group(1);
            if (!english.contains(key) || !german.contains(key)) {
              missing.add(source.getFileName() + ": " + key);
            }
          }
        }
      }
    }
    assertTrue(found > 50, "the check reads the code's keys: " + found);
    assertEquals(List.of(), missing);
  }

  @Test
  void germanHasEveryEnglishTextAndOnlyAddsRefusals() throws IOException {
    for (String bundle : List.of("site", "account", "staff", "faces")) {
      Set<String> english = load(bundle, "").stringPropertyNames();
      Set<String> german = new TreeSet<>(load(bundle, "_de").stringPropertyNames());
      Set<String> untranslated = new TreeSet<>(english);
      untranslated.removeAll(german);
      assertEquals(Set.of(), untranslated, bundle + "_de lacks");
      german.removeAll(english);
      german.removeIf(k -> k.startsWith("refused."));
      assertEquals(Set.of(), german, bundle + "_de has keys English lacks");
    }
  }

  @Test
  void everyTextIsAValidPattern() throws IOException {
    for (String bundle : List.of("site", "account", "staff", "faces")) {
      for (String suffix : List.of("", "_de")) {
        Properties texts = load(bundle, suffix);
        for (String key : texts.stringPropertyNames()) {
          if (key.contains("format.")) {
            continue; // date patterns, for DateTimeFormatter
          }
          Locale locale = suffix.isEmpty() ? Locale.ENGLISH : Locale.GERMAN;
          new MessageFormat(texts.getProperty(key), locale); // throws on a broken pattern
        }
      }
    }
  }
}
