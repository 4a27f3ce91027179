package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import dev.chatinbox.core.infrastructure.carrier.CarrierFailures;
import dev.chatinbox.core.infrastructure.carrier.CarrierRefusal;
import dev.chatinbox.core.spi.carrier.CarrierException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * What a SendGrid answer other than 2xx means: 429 and 5xx (and 408) are transient; any other 4xx
 * is permanent, with the HTTP status as code and SendGrid's messages ({@code errors[].message}) as
 * reason.
 */
final class SendGridErrors {
  private SendGridErrors() {}

  static CarrierException fromStatus(int status, String body) {
    String code = Integer.toString(status);
    if (status == 429) {
      return CarrierException.transientFailure(
          code, "SendGrid is limiting the request rate (HTTP 429)", null);
    }
    if (status >= 500) {
      return CarrierException.transientFailure(
          code, "SendGrid is unavailable (HTTP " + status + ")", null);
    }
    if (status == 408) {
      return CarrierException.transientFailure(
          code, "SendGrid did not receive the request in time (HTTP 408)", null);
    }
    if (status >= 400) {
      List<String> messages = messages(body);
      String reason =
          messages.isEmpty()
              ? "SendGrid refused the email (HTTP " + status + ")"
              : "SendGrid refused the email: "
                  + CarrierFailures.shorten(String.join("; ", messages));
      return new CarrierRefusal(code, reason);
    }
    return CarrierException.transientFailure(
        code, "SendGrid answered with the unexpected HTTP status " + status, null);
  }

  /** The {@code errors[].message} texts of a SendGrid error body (with their field when given). */
  static List<String> messages(String body) {
    List<String> messages = new ArrayList<>();
    if (body == null || body.isBlank()) {
      return messages;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject root = reader.readObject();
      JsonValue errors = root.get("errors");
      if (errors == null || errors.getValueType() != JsonValue.ValueType.ARRAY) {
        return messages;
      }
      for (JsonValue error : (JsonArray) errors) {
        if (error.getValueType() != JsonValue.ValueType.OBJECT) {
          continue;
        }
        JsonObject object = error.asJsonObject();
        String message = text(object, "message");
        if (message == null) {
          continue;
        }
        String field = text(object, "field");
        messages.add(field == null ? message : message + " (" + field + ")");
      }
    } catch (JsonException | IllegalStateException e) {
      // not SendGrid's error JSON (a proxy's page…): the status alone says it
    }
    return messages;
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value != null && value.getValueType() == JsonValue.ValueType.STRING
        ? object.getString(name)
        : null;
  }
}
