package dev.chatinbox.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the running server (java.net.http, no extra stack). */
public final class Api {
  public static final String BASE = System.getProperty("it.base.url", "http://localhost:19080");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Api() {}

  /** A response: status, content type and body (parsed when it is JSON). */
  public record Response(int status, String contentType, String body, HttpResponse<String> raw) {
    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        JsonStructure structure = reader.read();
        return structure.asJsonObject();
      }
    }

    /** {@code data} of a success envelope. */
    public JsonObject data() {
      return json().getJsonObject("data");
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }

  public static Response get(String path, String token) {
    return send(request(path, token).GET().build());
  }

  public static Response delete(String path, String token) {
    return send(request(path, token).DELETE().build());
  }

  public static Response patch(String path, String token, String json) {
    return patch(path, token, json, "application/json");
  }

  public static Response patch(String path, String token, String body, String contentType) {
    HttpRequest.Builder builder =
        request(path, token).method("PATCH", HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder.build());
  }

  public static Response post(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public static Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response);
    } catch (IOException e) {
      throw new IllegalStateException("Request to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }
}
