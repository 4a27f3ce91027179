package dev.chatinbox.core.spi.carrier;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A carrier's webhook call exactly as it reached us, before anything is believed: where it was
 * sent, its headers and its body — raw bytes, the fields of a form, or the parts of a multipart
 * body. The API builds it from the HTTP request; a carrier adapter verifies and reads it.
 *
 * @param route the path under {@code /api/v1/webhooks/}, e.g. {@code twilio/sms/status}
 * @param publicUrl the full URL the carrier called (the configured public base URL with this path
 *     and query), which signatures are computed over
 * @param headers request headers, names in lower case
 * @param query query parameters
 * @param body the raw body (empty for multipart bodies, which arrive as {@code parts})
 * @param form the fields of an {@code application/x-www-form-urlencoded} body, in order
 * @param parts the parts of a {@code multipart/form-data} body
 */
public record WebhookRequest(
    String route,
    String publicUrl,
    Map<String, List<String>> headers,
    Map<String, List<String>> query,
    byte[] body,
    Map<String, List<String>> form,
    List<Part> parts) {
  public WebhookRequest {
    Objects.requireNonNull(route);
    Objects.requireNonNull(publicUrl);
    TreeMap<String, List<String>> lower = new TreeMap<>();
    headers.forEach(
        (name, values) -> lower.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    headers = java.util.Collections.unmodifiableMap(lower);
    query = Map.copyOf(query);
    body = body == null ? new byte[0] : body;
    form = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(form));
    parts = List.copyOf(parts);
  }

  /** The first value of a header, if present. */
  public Optional<String> header(String name) {
    return first(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The first value of a query parameter, if present. */
  public Optional<String> queryParameter(String name) {
    return first(query.get(name));
  }

  /** The first value of a form field, or null (absent). */
  public String field(String name) {
    return first(form.get(name)).orElse(null);
  }

  private static Optional<String> first(List<String> values) {
    return values == null || values.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(values.get(0));
  }

  /**
   * One part of a multipart body.
   *
   * @param name the form field's name
   * @param fileName the file name, when the part is a file
   * @param contentType the part's media type, when given
   * @param content the part's bytes
   */
  public record Part(
      String name, Optional<String> fileName, Optional<String> contentType, byte[] content) {}
}
