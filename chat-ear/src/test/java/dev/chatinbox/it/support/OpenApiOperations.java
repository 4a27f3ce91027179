package dev.chatinbox.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The operations of the OpenAPI document the running server serves at {@code /openapi}. */
public final class OpenApiOperations {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

  private OpenApiOperations() {}

  /**
   * One operation: its method (upper case), path template, query parameter names, whether it takes
   * a body, and whether it is public ({@code security: []}, the webhooks).
   */
  public record Operation(
      String method, String path, List<String> query, boolean takesBody, boolean isPublic) {
    /** {@code METHOD /path}. */
    public String name() {
      return method + " " + path;
    }
  }

  /** Every operation the server documents now. */
  public static List<Operation> served() {
    Api.Response live =
        Api.send(Api.request("/openapi", null).header("Accept", "application/json").GET().build());
    assertEquals(200, live.status(), live::toString);
    JsonObject paths = live.json().getJsonObject("paths");
    List<Operation> operations = new ArrayList<>();
    for (String path : paths.keySet()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.keySet()) {
        if (!METHODS.contains(method)) {
          continue;
        }
        JsonObject op = item.getJsonObject(method);
        List<String> query = new ArrayList<>();
        for (JsonValue p :
            op.containsKey("parameters") ? op.getJsonArray("parameters") : List.<JsonValue>of()) {
          if ("query".equals(p.asJsonObject().getString("in", ""))) {
            query.add(p.asJsonObject().getString("name"));
          }
        }
        operations.add(
            new Operation(
                method.toUpperCase(Locale.ROOT),
                path,
                List.copyOf(query),
                op.containsKey("requestBody"),
                op.containsKey("security") && op.getJsonArray("security").isEmpty()));
      }
    }
    return operations;
  }
}
