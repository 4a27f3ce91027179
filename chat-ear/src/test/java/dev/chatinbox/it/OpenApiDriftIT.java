package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The client SDK cannot drift from the server: every operation the running server documents at
 * {@code /openapi} must be in the document the SDK was generated from (built from the same
 * annotations by chat-api-jaxrs), with the same operationId, and have a method in the generated
 * client.
 */
class OpenApiDriftIT {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

  @Test
  void everyServedOperationIsInTheSdk() throws Exception {
    Api.Response live =
        Api.send(Api.request("/openapi", null).header("Accept", "application/json").GET().build());
    assertEquals(200, live.status(), live::toString);
    JsonObject served = live.json().getJsonObject("paths");
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
