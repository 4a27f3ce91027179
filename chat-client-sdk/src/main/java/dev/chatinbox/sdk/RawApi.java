package dev.chatinbox.sdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.generated.ApiClient;
import dev.chatinbox.sdk.internal.generated.ApiException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads the API as it answers, without the SDK's typed models: the {@code data} of a response as
 * plain Java values ({@code Map<String, Object>} for objects, {@code List<Object>} for arrays,
 * {@code String}, {@code Number}, {@code Boolean}, null) with the API's own field names — what the
 * API reference documents, for tools that print or forward it (the CLI's {@code --json}). Calls are
 * authenticated, retried and turned into {@link ChatApiException}s as every other GET.
 */
public final class RawApi {
  private final ApiClient api;
  private final Calls calls;

  RawApi(ApiClient api, Calls calls) {
    this.api = api;
    this.calls = calls;
  }

  /**
   * {@code GET path?query}: the response's {@code data}.
   *
   * @param path as in the API reference, e.g. {@code /api/v1/conversations}
   * @param query parameters; null values are left out, collections repeat the parameter
   */
  public Object get(String path, Map<String, ?> query) {
    String body =
        new String(fetch(path + query(query), "application/json"), StandardCharsets.UTF_8);
    try {
      Object envelope = api.getObjectMapper().readValue(body, Object.class);
      return envelope instanceof Map<?, ?> map ? map.get("data") : envelope;
    } catch (JsonProcessingException e) {
      throw new ChatApiException("the server's answer is not JSON", e);
    }
  }

  /** The bytes at {@code path} (an attachment's {@code url}). */
  byte[] download(String path) {
    return fetch(path, "*/*");
  }

  private byte[] fetch(String pathAndQuery, String accept) {
    return calls.idempotent(
        () -> {
          HttpRequest.Builder request =
              HttpRequest.newBuilder(URI.create(api.getBaseUri() + pathAndQuery))
                  .header("Accept", accept)
                  .GET();
          if (api.getReadTimeout() != null) {
            request.timeout(api.getReadTimeout());
          }
          if (api.getRequestInterceptor() != null) {
            api.getRequestInterceptor().accept(request);
          }
          HttpResponse<byte[]> response;
          try {
            response =
                api.getHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
          } catch (IOException e) {
            throw new ApiException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(e);
          }
          if (response.statusCode() / 100 != 2) {
            throw new ApiException(
                response.statusCode(),
                "HTTP " + response.statusCode(),
                response.headers(),
                new String(response.body(), StandardCharsets.UTF_8));
          }
          return response.body();
        });
  }

  private static String query(Map<String, ?> query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    StringJoiner joined = new StringJoiner("&", "?", "");
    query.forEach(
        (name, value) -> {
          if (value instanceof Iterable<?> values) {
            values.forEach(v -> joined.add(pair(name, v)));
          } else if (value != null) {
            joined.add(pair(name, value));
          }
        });
    return joined.length() == 1 ? "" : joined.toString();
  }

  private static String pair(String name, Object value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
  }
}
