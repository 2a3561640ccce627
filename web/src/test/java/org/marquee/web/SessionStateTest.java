package org.marquee.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the pages keep in the HTTP session (view- and session-scoped beans) must travel to another
 * node: web.xml makes the sessions distributable, and a value that cannot be serialized would lose
 * a customer's checkout with its node. Every bean of those scopes is Serializable, and so is the
 * declared type of every field it keeps (injected fields are proxies, serializable by the
 * container), down to the elements of its collections.
 */
class SessionStateTest {

  private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException {
    Path classes =
        Path.of(SessionStateTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolveSibling("classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
          if (type.isAnnotationPresent(ViewScoped.class)
              || type.isAnnotationPresent(SessionScoped.class)) {
            beans.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // a class that needs the server to load is not a bean of the pages
        }
      }
    }
    return beans;
  }

  @Test
  void everythingAPageKeepsInTheSessionCanMoveToAnotherNode() throws Exception {
    List<Class<?>> beans = sessionBeans();
    assertTrue(beans.size() >= 10, "the pages' beans were found: " + beans);
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName());
      }
      for (Field field : bean.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)) {
          continue;
        }
        check(
            field.getGenericType(),
            bean.getSimpleName() + "." + field.getName(),
            problems,
            new HashSet<>());
      }
    }
    assertEquals(List.of(), problems, "not serializable");
  }

  /** Checks {@code type}, its type arguments and, for Marquee's own records, their components. */
  private static void check(Type type, String where, List<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType generic) {
      for (Type argument : generic.getActualTypeArguments()) {
        check(argument, where, problems, seen);
      }
      type = generic.getRawType();
    }
    if (!(type instanceof Class<?> kind) || kind.isPrimitive() || kind.isInterface()) {
      return;
    }
    if (!Serializable.class.isAssignableFrom(kind)) {
      problems.add(where + ": " + kind.getName());
    }
    if (kind.isRecord() && kind.getName().startsWith("org.marquee.")) {
      for (RecordComponent component : kind.getRecordComponents()) {
        check(component.getGenericType(), where + "." + component.getName(), problems, seen);
      }
    }
  }
}
