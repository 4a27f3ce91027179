package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.domain.webhook.EventTypes;
import dev.chatinbox.it.support.Api;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi} (issue #17, finding 9): the build-time document served from memory — public (no
 * token), YAML by default and JSON on request as Liberty's mpOpenAPI answered, the same bytes and
 * ETag on every call, 304 for a client that has it, and not served by the mpOpenAPI feature any
 * more (no {@code /openapi/ui}).
 */
class OpenApiDocumentIT {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static HttpResponse<byte[]> get(String path, String accept, String ifNoneMatch)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(30));
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  @Test
  void yamlByDefaultAndJsonOnRequestWithoutAToken() throws Exception {
    HttpResponse<byte[]> yaml = get("/openapi", null, null);
    assertEquals(200, yaml.statusCode());
    assertTrue(header(yaml, "Content-Type").startsWith("application/yaml"), yaml::toString);
    String text = new String(yaml.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(text.startsWith("---") || text.startsWith("openapi:"), text.substring(0, 40));
    assertTrue(text.contains("/api/v1/conversations/{conversationId}:"), "YAML paths");

    HttpResponse<byte[]> byAccept = get("/openapi", "application/json", null);
    HttpResponse<byte[]> byFormat = get("/openapi?format=JSON", "*/*", null);
    for (HttpResponse<byte[]> json : java.util.List.of(byAccept, byFormat)) {
      assertEquals(200, json.statusCode());
      assertTrue(header(json, "Content-Type").startsWith("application/json"), json::toString);
      assertTrue(new String(json.body(), java.nio.charset.StandardCharsets.UTF_8).startsWith("{"));
    }
    assertArrayEquals(byAccept.body(), byFormat.body());
    assertNotEquals(header(yaml, "ETag"), header(byAccept, "ETag"), "one ETag per representation");
    assertEquals("Accept", header(yaml, "Vary"));

    // webhooks are documented as public (the mp.openapi.filter applied at build time)
    String json = new String(byAccept.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(
        json.replaceAll("\\s", "").contains("\"security\":[]"), "webhooks carry security: []");
  }

  @Test
  void theSameBytesAndETagEveryTimeAnd304ForAClientThatHasThem() throws Exception {
    HttpResponse<byte[]> first = get("/openapi", "application/json", null);
    HttpResponse<byte[]> second = get("/openapi", "application/json", null);
    String etag = header(first, "ETag");
    assertNotNull(etag, "an ETag");
    assertTrue(etag.matches("\"[A-Za-z0-9_-]+\""), etag);
    assertEquals(etag, header(second, "ETag"));
    assertArrayEquals(first.body(), second.body());
    assertTrue(header(first, "Cache-Control").contains("max-age="), header(first, "Cache-Control"));

    HttpResponse<byte[]> notModified = get("/openapi", "application/json", etag);
    assertEquals(304, notModified.statusCode());
    assertEquals(0, notModified.body().length);
    assertEquals(etag, header(notModified, "ETag"));
    assertEquals(304, get("/openapi", "application/json", "\"other\", W/" + etag).statusCode());
    assertEquals(200, get("/openapi", "application/json", "\"other\"").statusCode());
    // the YAML's ETag is not the JSON's: a client asking for YAML with the JSON's ETag gets YAML
    assertEquals(200, get("/openapi", null, etag).statusCode());
  }

  @Test
  void theMpOpenApiFeatureIsGone() throws Exception {
    HttpResponse<byte[]> ui = get("/openapi/ui", "text/html", null);
    assertEquals(404, ui.statusCode());
    assertTrue(
        header(ui, "Content-Type").startsWith("application/problem+json"),
        () -> header(ui, "Content-Type"));
  }

  /**
   * Every event type an endpoint may subscribe to (and {@code ping}) is described under the OpenAPI
   * 3.1 {@code webhooks}: the three Standard Webhooks headers, and a body whose {@code type} lists
   * it and whose {@code data} is a schema of the document.
   */
  @Test
  void everyIntegratorEventTypeIsDescribedAsAWebhookWithItsPayload() {
    JsonObject doc =
        Api.send(Api.request("/openapi", null).header("Accept", "application/json").GET().build())
            .json();
    assertEquals("3.1.0", doc.getString("openapi"));
    JsonObject webhooks = doc.getJsonObject("webhooks");
    assertNotNull(webhooks, "a webhooks object");
    JsonObject components = doc.getJsonObject("components");
    List<String> types = new ArrayList<>(EventTypes.SUBSCRIBABLE);
    types.add(EventTypes.PING);
    for (String type : types) {
      JsonObject post = webhooks.getJsonObject(type);
      assertNotNull(post, () -> type + " has no entry under webhooks");
      post = post.getJsonObject("post");
      assertEquals(3, post.getJsonArray("parameters").size(), type);
      String body = post.getJsonObject("requestBody").getString("$ref");
      JsonObject schemaRef =
          components
              .getJsonObject("requestBodies")
              .getJsonObject(body.substring(body.lastIndexOf('/') + 1))
              .getJsonObject("content")
              .getJsonObject("application/json")
              .getJsonObject("schema");
      String schemaName = schemaRef.getString("$ref");
      JsonObject schema =
          components
              .getJsonObject("schemas")
              .getJsonObject(schemaName.substring(schemaName.lastIndexOf('/') + 1));
      JsonObject properties = schema.getJsonObject("properties");
      assertTrue(
          properties
              .getJsonObject("type")
              .getJsonArray("enum")
              .toString()
              .contains('"' + type + '"'),
          () -> schemaName + " does not list " + type);
      JsonObject data = properties.getJsonObject("data");
      if (data.containsKey("$ref")) {
        String ref = data.getString("$ref");
        assertTrue(
            components
                .getJsonObject("schemas")
                .containsKey(ref.substring(ref.lastIndexOf('/') + 1)),
            () -> type + ": " + ref + " is not in the document");
      } else {
        assertTrue(data.containsKey("properties"), () -> type + ": data has no shape");
      }
    }
    assertTrue(
        webhooks.keySet().stream().allMatch(t -> types.contains(t)),
        () -> "webhooks of no event type: " + webhooks.keySet());
  }
}
