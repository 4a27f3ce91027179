package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import dev.chatinbox.core.domain.message.MessageStatus;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.spi.carrier.StatusReport;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a SendGrid Event Webhook batch (a JSON array of events) into status reports, and says what
 * SendGrid's event types mean for our status: delivered → delivered, open → read, bounce / dropped
 * / blocked → failed; spam reports and unsubscribes withdraw consent (do-not-disturb); the others
 * (processed, deferred, click…) are kept as events and move nothing. An event is matched to our
 * message by {@code sg_message_id}, whose part before the first dot is the {@code X-Message-Id}
 * SendGrid answered the send with; {@code sg_event_id} makes a redelivered event a duplicate.
 * Events without a message id (e.g. some group unsubscribes) are skipped.
 */
final class SendGridEvents {
  /** The name messages carried by SendGrid are stored with. */
  static final String CARRIER = "sendgrid";

  /** More events than SendGrid ever batches (it posts at most about 1,000 per request). */
  static final int MAX_EVENTS = 5_000;

  private static final int MAX_TEXT = 1000;

  private SendGridEvents() {}

  static List<StatusReport> read(byte[] body) {
    JsonArray events;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      events = reader.readArray();
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidInputException("body", "must be a JSON array of SendGrid events");
    }
    if (events.size() > MAX_EVENTS) {
      throw new InvalidInputException("body", "holds more than " + MAX_EVENTS + " events");
    }
    List<StatusReport> reports = new ArrayList<>();
    for (JsonValue value : events) {
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        continue;
      }
      JsonObject event = value.asJsonObject();
      Optional<String> type = text(event, "event");
      Optional<String> messageId = text(event, "sg_message_id").map(SendGridEvents::xMessageId);
      if (type.isEmpty() || messageId.isEmpty() || messageId.get().isEmpty()) {
        continue;
      }
      reports.add(
          new StatusReport(
              CARRIER,
              messageId.get(),
              type.get(),
              map(type.get()),
              text(event, "status").or(() -> text(event, "type")),
              text(event, "reason").or(() -> text(event, "response")),
              text(event, "sg_event_id"),
              withdrawsConsent(type.get()),
              timestamp(event)));
    }
    return reports;
  }

  /** SendGrid event type → our status. */
  static Optional<MessageStatus> map(String event) {
    return switch (event.toLowerCase(Locale.ROOT)) {
      case "delivered" -> Optional.of(MessageStatus.DELIVERED);
      case "open" -> Optional.of(MessageStatus.READ);
      case "bounce", "dropped", "blocked" -> Optional.of(MessageStatus.FAILED);
      default -> Optional.empty();
    };
  }

  /** Whether the event says the recipient does not want our email any more. */
  static boolean withdrawsConsent(String event) {
    String type = event.toLowerCase(Locale.ROOT);
    return type.equals("spamreport")
        || type.equals("unsubscribe")
        || type.equals("group_unsubscribe");
  }

  /**
   * The {@code X-Message-Id} within an {@code sg_message_id}: what precedes {@code .filter…} (e.g.
   * {@code 14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0} → {@code 14c5d75ce93.dfd.64b469}),
   * else what precedes the first dot.
   */
  static String xMessageId(String sgMessageId) {
    int filter = sgMessageId.indexOf(".filter");
    if (filter >= 0) {
      return sgMessageId.substring(0, filter);
    }
    int dot = sgMessageId.indexOf('.');
    return dot < 0 ? sgMessageId : sgMessageId.substring(0, dot);
  }

  /** The event's {@code timestamp} (Unix seconds), when it is a plausible one. */
  private static Optional<java.time.Instant> timestamp(JsonObject event) {
    return event.get("timestamp") instanceof jakarta.json.JsonNumber n
            && n.isIntegral()
            && n.longValue() > 0
            && n.longValue() < 253_402_300_800L // before year 10000
        ? Optional.of(java.time.Instant.ofEpochSecond(n.longValue()))
        : Optional.empty();
  }

  private static Optional<String> text(JsonObject event, String name) {
    JsonValue value = event.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    String text =
        value instanceof JsonString s ? s.getString() : value.toString(); // numbers, e.g. status
    if (text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
  }
}
