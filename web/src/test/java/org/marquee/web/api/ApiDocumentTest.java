package org.marquee.web.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;

/**
 * The rules of the OpenAPI document that hold in the resources' code, checked without a server:
 * every operation named and described, and every record the API answers with known to {@link
 * ApiDocumentRules}, so that its members' nullability reaches the document. OpenApiIT and
 * ApiContractIT check the document as it is served.
 */
class ApiDocumentTest {

  @Test
  void everyOperationHasAUniqueOperationIdASummaryAndADescription() throws Exception {
    List<String> missing = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Method> operations = operations();
    for (Method method : operations) {
      String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
      Operation operation = method.getAnnotation(Operation.class);
      if (operation == null) {
        missing.add(name + ": no @Operation");
        continue;
      }
      if (!operation.operationId().matches("[a-z][A-Za-z0-9]+")) {
        missing.add(name + ": operationId '" + operation.operationId() + "'");
      } else if (!ids.add(operation.operationId())) {
        missing.add(name + ": operationId " + operation.operationId() + " twice");
      }
      if (operation.summary().isBlank()) {
        missing.add(name + ": no summary");
      }
      if (operation.description().isBlank()) {
        missing.add(name + ": no description");
      }
    }
    assertTrue(operations.size() >= 31, operations.size() + " operations");
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  @Test
  void everyRecordTheApiAnswersWithFollowsTheDocumentsRules() throws Exception {
    Set<Class<?>> answered = new HashSet<>();
    for (Method method : operations()) {
      collect(method.getGenericReturnType(), answered);
      for (APIResponse response : method.getAnnotationsByType(APIResponse.class)) {
        for (var content : response.content()) {
          collect(content.schema().implementation(), answered);
        }
      }
    }
    List<Class<?>> unknown =
        answered.stream().filter(t -> !ApiDocumentRules.REPRESENTATIONS.contains(t)).toList();
    assertTrue(answered.size() >= 10, answered.toString());
    assertTrue(
        unknown.isEmpty(),
        "answered with, but not in ApiDocumentRules.REPRESENTATIONS: " + unknown);
  }

  @Test
  void everyTypeTheDocumentDescribesIsInAScannedPackage() throws Exception {
    Properties config = new Properties();
    try (var in =
        ApiDocumentTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      config.load(in);
    }
    List<String> scanned = List.of(config.getProperty("mp.openapi.scan.packages").split(","));
    Set<Class<?>> described = new HashSet<>();
    for (Method method : operations()) {
      collect(method.getGenericReturnType(), described, true);
      for (APIResponse response : method.getAnnotationsByType(APIResponse.class)) {
        for (var content : response.content()) {
          collect(content.schema().implementation(), described, true);
        }
      }
      for (var body : method.getAnnotationsByType(RequestBody.class)) {
        for (var content : body.content()) {
          collect(content.schema().implementation(), described, true);
          for (var property : content.schema().properties()) {
            collect(property.implementation(), described, true);
          }
        }
      }
    }
    List<Class<?>> outside =
        described.stream()
            .filter(t -> scanned.stream().noneMatch(p -> t.getPackageName().startsWith(p)))
            .toList();
    assertTrue(described.size() >= 15, described.toString());
    assertTrue(outside.isEmpty(), "not in mp.openapi.scan.packages: " + outside);
  }

  /** The records a type is or holds (its elements, its members), recursively. */
  private static void collect(Type type, Set<Class<?>> records) {
    collect(type, records, false);
  }

  /** The same, with the enums among them when {@code enums}. */
  private static void collect(Type type, Set<Class<?>> types, boolean enums) {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        collect(argument, types, enums);
      }
    } else if (type instanceof Class<?> c && c.isEnum() && enums) {
      types.add(c);
    } else if (type instanceof Class<?> c && c.isRecord() && types.add(c)) {
      for (var member : c.getRecordComponents()) {
        collect(member.getGenericType(), types, enums);
      }
    }
  }

  /**
   * The resource methods of org.marquee.web.api and its packages, found in the compiled classes.
   */
  private static List<Method> operations() throws IOException, URISyntaxException {
    var root =
        Paths.get(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Method> operations = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("org/marquee/web/api"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type;
        try {
          type = Class.forName(name, false, ApiDocumentTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        if (!type.isAnnotationPresent(Path.class)) {
          continue;
        }
        for (Method method : type.getDeclaredMethods()) {
          if (method.isAnnotationPresent(GET.class)
              || method.isAnnotationPresent(POST.class)
              || method.isAnnotationPresent(PUT.class)
              || method.isAnnotationPresent(DELETE.class)) {
            operations.add(method);
          }
        }
      }
    }
    return operations;
  }
}
