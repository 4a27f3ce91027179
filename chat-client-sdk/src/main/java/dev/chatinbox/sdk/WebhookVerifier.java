package dev.chatinbox.sdk;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.chatinbox.sdk.internal.Mapping;
import dev.chatinbox.sdk.internal.generated.model.ContactOutput;
import dev.chatinbox.sdk.internal.generated.model.ConversationOutput;
import dev.chatinbox.sdk.internal.generated.model.MessageOutput;
import dev.chatinbox.sdk.model.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a webhook request from Chat Inbox (Standard Webhooks, symmetric): the {@code
 * webhook-signature} header must hold a {@code v1,} signature — HMAC-SHA256 over {@code
 * id.timestamp.body} with one of the secrets — and {@code webhook-timestamp} must be within the
 * tolerance (5 minutes) of now. Signatures are compared in constant time. Give it every secret that
 * may be in use (during a rotation, the new and the old).
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.of(System.getenv("CHAT_WEBHOOK_SECRET"));
 * WebhookEvent event = verifier.verify(rawBody, headers); // throws WebhookVerificationException
 * if (seen.add(event.id())) { ... }                        // at least once: dedupe on the id
 * }</pre>
 *
 * Pass the body exactly as received (bytes as UTF-8), never re-serialised JSON.
 */
public final class WebhookVerifier {
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final List<byte[]> keys;
  private final Duration tolerance;
  private final Clock clock;

  private WebhookVerifier(List<byte[]> keys, Duration tolerance, Clock clock) {
    this.keys = keys;
    this.tolerance = tolerance;
    this.clock = clock;
  }

  /** A verifier for these secrets ({@code whsec_…}), with a 5-minute tolerance. */
  public static WebhookVerifier of(String... secrets) {
    if (secrets.length == 0) {
      throw new IllegalArgumentException("at least one secret");
    }
    return new WebhookVerifier(
        java.util.Arrays.stream(secrets).map(WebhookVerifier::key).toList(),
        DEFAULT_TOLERANCE,
        Clock.systemUTC());
  }

  public WebhookVerifier withTolerance(Duration value) {
    return new WebhookVerifier(keys, Objects.requireNonNull(value), clock);
  }

  public WebhookVerifier withClock(Clock value) {
    return new WebhookVerifier(keys, tolerance, Objects.requireNonNull(value));
  }

  /**
   * Verifies and parses a request; {@code headers} by name (any case), a single value each or the
   * first of a list.
   */
  public WebhookEvent verify(String body, Map<String, ?> headers)
      throws WebhookVerificationException {
    return verify(
        header(headers, "webhook-id"),
        header(headers, "webhook-timestamp"),
        header(headers, "webhook-signature"),
        body);
  }

  /** Verifies and parses a request given its three headers. */
  public WebhookEvent verify(String id, String timestamp, String signatures, String body)
      throws WebhookVerificationException {
    if (id == null || timestamp == null || signatures == null || body == null) {
      throw new WebhookVerificationException("missing webhook-id, webhook-timestamp or signature");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      throw new WebhookVerificationException("webhook-timestamp is not a number");
    }
    Instant sent = Instant.ofEpochSecond(seconds);
    Instant now = clock.instant();
    if (sent.isBefore(now.minus(tolerance)) || sent.isAfter(now.plus(tolerance))) {
      throw new WebhookVerificationException("webhook-timestamp is outside the tolerance");
    }
    byte[] content = (id + "." + seconds + "." + body).getBytes(StandardCharsets.UTF_8);
    boolean matched = false;
    for (byte[] key : keys) {
      byte[] expected = hmac(key, content);
      for (String signature : signatures.trim().split(" +")) {
        int comma = signature.indexOf(',');
        if (comma < 0 || !signature.substring(0, comma).equals("v1")) {
          continue;
        }
        byte[] given;
        try {
          given = Base64.getDecoder().decode(signature.substring(comma + 1));
        } catch (IllegalArgumentException e) {
          continue;
        }
        // constant time; every pair is compared, so timing does not tell which matched
        matched |= MessageDigest.isEqual(expected, given);
      }
    }
    if (!matched) {
      throw new WebhookVerificationException("no valid signature");
    }
    return parse(id, body);
  }

  /** The event of a verified body. */
  static WebhookEvent parse(String id, String body) throws WebhookVerificationException {
    try {
      JsonNode node = JSON.readTree(body);
      String type = node.path("type").asText("");
      JsonNode data = node.path("data");
      Optional<dev.chatinbox.sdk.model.Message> message = Optional.empty();
      Optional<dev.chatinbox.sdk.model.Conversation> conversation = Optional.empty();
      Optional<dev.chatinbox.sdk.model.Contact> contact = Optional.empty();
      if (type.startsWith("message.")) {
        message = Optional.of(Mapping.message(JSON.treeToValue(data, MessageOutput.class)));
      } else if (type.equals(WebhookEvent.CONVERSATION_UPDATED)
          || type.equals(WebhookEvent.CONVERSATION_CREATED)) {
        conversation =
            Optional.of(Mapping.conversation(JSON.treeToValue(data, ConversationOutput.class)));
      } else if (type.equals(WebhookEvent.CONTACT_CREATED)
          || type.equals(WebhookEvent.CONTACT_UPDATED)) {
        contact = Optional.of(Mapping.contact(JSON.treeToValue(data, ContactOutput.class)));
      }
      Optional<String> deletedId = Optional.ofNullable(data.path("id").textValue());
      return new WebhookEvent(
          id,
          type,
          Instant.parse(node.path("timestamp").asText()),
          message,
          conversation,
          deletedId.filter(i -> type.equals(WebhookEvent.CONVERSATION_DELETED)),
          contact,
          deletedId.filter(i -> type.equals(WebhookEvent.CONTACT_DELETED)),
          body);
    } catch (Exception e) {
      throw new WebhookVerificationException(
          "the body is not a Chat Inbox event: " + e.getMessage());
    }
  }

  private static String header(Map<String, ?> headers, String name) {
    for (Map.Entry<String, ?> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(name)) {
        Object value = e.getValue();
        if (value instanceof List<?> list) {
          return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return value == null ? null : value.toString();
      }
    }
    return null;
  }

  private static byte[] key(String secret) {
    String encoded = secret.startsWith("whsec_") ? secret.substring(6) : secret;
    return Base64.getDecoder().decode(encoded);
  }

  private static byte[] hmac(byte[] key, byte[] content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(content);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
