package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MicroProfile OpenAPI and Health as served by the running server. */
class PlatformIT {
  @Test
  void openApiDescribesEveryOperationWithItsSchemas() {
    Api.Response response =
        Api.send(Api.request("/openapi", null).header("Accept", "application/json").GET().build());
    assertEquals(200, response.status(), response::toString);
    JsonObject doc = response.json();
    JsonObject paths = doc.getJsonObject("paths");
    assertTrue(paths.containsKey("/api/v1/conversations"), paths.keySet()::toString);
    assertTrue(paths.getJsonObject("/api/v1/conversations").containsKey("get"));
    for (String list :
        List.of(
            "/api/v1/conversations",
            "/api/v1/conversations/{conversationId}/messages",
            "/api/v1/contacts",
            "/api/v1/conversations/manual-actions")) {
      List<String> parameters =
          paths.getJsonObject(list).getJsonObject("get").getJsonArray("parameters").stream()
              .map(p -> p.asJsonObject().getString("name", ""))
              .toList();
      assertTrue(
          parameters.containsAll(List.of("page", "pageSize")),
          list + " documents paging: " + parameters);
    }
    JsonObject one = paths.getJsonObject("/api/v1/conversations/{conversationId}");
    assertTrue(one.keySet().containsAll(Set.of("get", "patch", "delete")), one.keySet()::toString);
    assertTrue(
        paths.getJsonObject("/api/v1/conversations/{conversationId}/messages").containsKey("get"));
    List<String> operationIds =
        List.of(
            "listConversations",
            "getConversation",
            "updateConversation",
            "deleteConversation",
            "listMessages");
    String text = response.body();
    operationIds.forEach(op -> assertTrue(text.contains("\"" + op + "\""), op));
    JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
    assertTrue(
        schemas
            .keySet()
            .containsAll(
                Set.of(
                    "ConversationOutput",
                    "ContactDetailOutput",
                    "MessageOutput",
                    "Problem",
                    "ConversationPageResponse",
                    "MessagePageResponse")),
        schemas.keySet()::toString);
    assertTrue(
        schemas
            .getJsonObject("ConversationOutput")
            .getJsonObject("properties")
            .containsKey("isStarred"));
    assertTrue(doc.getJsonObject("components").getJsonObject("responses").containsKey("NotFound"));
    assertTrue(
        doc.getJsonObject("components").getJsonObject("securitySchemes").containsKey("bearerAuth"));
  }

  @Test
  void healthIsUpWithTheDatabaseCheck() {
    Api.Response health = Api.get("/health", null);
    assertEquals(200, health.status(), health::toString);
    assertEquals("UP", health.json().getString("status"));
    Api.Response ready = Api.get("/health/ready", null);
    assertEquals(200, ready.status());
    JsonObject database =
        ready.json().getJsonArray("checks").stream()
            .map(c -> c.asJsonObject())
            .filter(c -> c.getString("name").equals("database"))
            .findFirst()
            .orElseThrow();
    assertEquals("UP", database.getString("status"));
    assertEquals("PostgreSQL", database.getJsonObject("data").getString("product"));
  }
}
