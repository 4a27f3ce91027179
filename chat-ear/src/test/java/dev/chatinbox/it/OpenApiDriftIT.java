package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document cannot drift from the code, nor the client SDK from the document. The
 * server serves a document made at build time (OpenApiDocumentServlet), so this checks it against
 * the code itself: every JAX-RS resource method of the API WAR's classes (found by reflection, not
 * hidden with {@code @Operation(hidden = true)}) is documented at {@code /openapi} with its method
 * and path, and nothing else is; and every documented operation is in the document the SDK was
 * generated from, with the same operationId, and has a method in the generated client.
 */
class OpenApiDriftIT {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

  @Test
  void theServedDocumentHasExactlyTheResourceMethodsOfTheCode() throws Exception {
    Set<String> documented = new TreeSet<>();
    JsonObject served = served();
    for (String path : served.keySet()) {
      for (String method : served.getJsonObject(path).keySet()) {
        if (METHODS.contains(method)) {
          documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
        }
      }
    }
    Set<String> inCode = resourceMethods();
    assertTrue(inCode.size() >= 29, () -> "the resource methods were found: " + inCode);
    Set<String> undocumented = new TreeSet<>(inCode);
    undocumented.removeAll(documented);
    Set<String> stale = new TreeSet<>(documented);
    stale.removeAll(inCode);
    assertTrue(
        undocumented.isEmpty() && stale.isEmpty(),
        () ->
            "rebuild chat-api-jaxrs (the document is made at build time); in the code but not served: "
                + undocumented
                + "; served but not in the code: "
                + stale);
  }

  @Test
  void everyServedOperationIsInTheSdk() throws Exception {
    JsonObject served = served();
    JsonObject sdk;
    try (InputStream in =
            getClass()
                .getClassLoader()
                .getResourceAsStream("dev/chatinbox/sdk/internal/openapi.json");
        JsonReader reader = Json.createReader(in)) {
      assertNotNull(in, "the SDK jar carries the document it was generated from");
      sdk = reader.readObject().getJsonObject("paths");
    }
    List<String> missing = new ArrayList<>();
    int operations = 0;
    for (String path : served.keySet()) {
      for (String method : served.getJsonObject(path).keySet()) {
        if (!METHODS.contains(method)) {
          continue;
        }
        operations++;
        JsonObject op = served.getJsonObject(path).getJsonObject(method);
        String id = op.getString("operationId", "?");
        JsonObject mine = sdk.containsKey(path) ? sdk.getJsonObject(path) : null;
        if (mine == null || !mine.containsKey(method)) {
          missing.add(method.toUpperCase(Locale.ROOT) + " " + path + " (not in the SDK's input)");
        } else if (!id.equals(mine.getJsonObject(method).getString("operationId", ""))) {
          missing.add(method + " " + path + ": operationId " + id + " differs");
        } else if (!generatedMethodExists(op)) {
          missing.add(id + " has no method in the generated client");
        }
      }
    }
    assertTrue(operations >= 29, "the server documents its operations: " + operations);
    assertTrue(missing.isEmpty(), () -> "rebuild the SDK (mvn verify); missing: " + missing);
  }

  private static JsonObject served() {
    Api.Response live =
        Api.send(Api.request("/openapi", null).header("Accept", "application/json").GET().build());
    assertEquals(200, live.status(), live::toString);
    return live.json().getJsonObject("paths");
  }

  /**
   * {@code METHOD /path} of every resource method in the API WAR's classes (the {@code classes}
   * artifact of chat-api-jaxrs): root resources under the application path, sub-resource locators
   * followed, path templates without their regular expressions as OpenAPI writes them.
   */
  private static Set<String> resourceMethods() throws IOException, URISyntaxException {
    Class<?> application = load("dev.chatinbox.api.rest.ChatApiApplication");
    String base = application.getAnnotation(ApplicationPath.class).value();
    File source = new File(application.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> classNames = new ArrayList<>();
    if (source.isDirectory()) {
      try (var files = java.nio.file.Files.walk(source.toPath())) {
        files
            .map(p -> source.toPath().relativize(p).toString().replace(File.separatorChar, '/'))
            .forEach(classNames::add);
      }
    } else {
      try (JarFile jar = new JarFile(source)) {
        jar.stream().map(JarEntry::getName).forEach(classNames::add);
      }
    }
    Set<String> operations = new TreeSet<>();
    for (String entry : classNames) {
      if (!entry.startsWith("dev/chatinbox/api/") || !entry.endsWith(".class")) {
        continue;
      }
      Class<?> type = load(entry.substring(0, entry.length() - 6).replace('/', '.'));
      Path root = type.getAnnotation(Path.class);
      if (root != null && !type.isInterface()) {
        collect(type, join(base, root.value()), operations);
      }
    }
    return operations;
  }

  private static void collect(Class<?> type, String prefix, Set<String> operations) {
    for (Method method : type.getMethods()) {
      Path path = method.getAnnotation(Path.class);
      String full = path == null ? prefix : join(prefix, path.value());
      String verb = httpMethod(method);
      if (verb == null) {
        if (path != null && method.getReturnType() != type) {
          collect(method.getReturnType(), full, operations); // sub-resource locator
        }
        continue;
      }
      Operation operation = method.getAnnotation(Operation.class);
      if (operation != null && operation.hidden()) {
        continue;
      }
      if (METHODS.contains(verb.toLowerCase(Locale.ROOT))) {
        operations.add(verb + " " + full.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}"));
      }
    }
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  private static String join(String a, String b) {
    String joined = ("/" + a + "/" + b).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, OpenApiDriftIT.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the API WAR's classes are on the test class path", e);
    }
  }

  /** The generator puts an operation tagged "Manual actions" into ManualActionsApi. */
  private static boolean generatedMethodExists(JsonObject operation) throws Exception {
    String tag = operation.getJsonArray("tags").getString(0);
    String simple =
        Arrays.stream(tag.split("[^A-Za-z0-9]+"))
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining())
            + "Api";
    Class<?> api = Class.forName("dev.chatinbox.sdk.internal.generated.api." + simple);
    String id = operation.getString("operationId");
    for (Method m : api.getMethods()) {
      if (m.getName().equals(id)) {
        return true;
      }
    }
    return false;
  }
}
