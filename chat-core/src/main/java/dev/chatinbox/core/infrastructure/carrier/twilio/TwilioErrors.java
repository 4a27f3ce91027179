package dev.chatinbox.core.infrastructure.carrier.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.AuthenticationException;
import com.twilio.exception.InvalidRequestException;
import dev.chatinbox.core.infrastructure.carrier.CarrierFailures;
import dev.chatinbox.core.infrastructure.carrier.CarrierRefusal;
import dev.chatinbox.core.spi.carrier.CarrierException;
import java.util.Map;

/**
 * What a failed Twilio call means for the message: transient (HTTP 429 and 5xx, no answer) or
 * permanent (any other 4xx, with Twilio's error code and a readable reason).
 */
final class TwilioErrors {
  /**
   * Readable reasons for the Twilio error codes a send most often meets; other codes keep Twilio's
   * own message.
   */
  static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(
              20003, "Twilio rejected the account credentials; check the Twilio configuration"),
          Map.entry(20404, "Twilio does not know the account, sender or Messaging Service used"),
          Map.entry(21211, "The recipient's phone number is not valid"),
          Map.entry(21212, "The sender's phone number is not valid"),
          Map.entry(
              21408,
              "Sending to this recipient's country or region is not enabled on the Twilio account"),
          Map.entry(21602, "The message has no text"),
          Map.entry(21604, "The message has no recipient"),
          Map.entry(21606, "The sender number cannot send messages to this recipient"),
          Map.entry(21608, "A Twilio trial account can only send to verified numbers"),
          Map.entry(
              21610,
              "The recipient has unsubscribed (replied STOP) and cannot be messaged from this sender"),
          Map.entry(21612, "The recipient cannot be reached from this sender"),
          Map.entry(21614, "The recipient's number is not a mobile number"),
          Map.entry(21617, "The message is longer than 1600 characters"),
          Map.entry(21635, "The recipient's number is a landline"),
          Map.entry(21655, "The WhatsApp template (ContentSid) is not valid for this account"),
          Map.entry(21656, "The WhatsApp template variables are not valid"),
          Map.entry(63007, "No WhatsApp sender is set up for the sender address"),
          Map.entry(
              63016,
              "Outside the WhatsApp 24-hour window: only an approved template can be sent until the contact writes again"));

  private TwilioErrors() {}

  /** The {@link CarrierException} for anything a Twilio call threw. */
  static CarrierException map(RuntimeException failure) {
    if (failure instanceof CarrierException known) {
      return known;
    }
    if (failure instanceof ApiConnectionException) {
      return CarrierFailures.network("Twilio", failure);
    }
    if (failure instanceof ApiException api) {
      return fromApi(api);
    }
    if (failure instanceof InvalidRequestException || failure instanceof IllegalArgumentException) {
      return new CarrierRefusal(
          "invalid-request",
          "Twilio cannot send this message: " + CarrierFailures.shorten(failure.getMessage()),
          failure);
    }
    if (failure instanceof AuthenticationException) {
      return new CarrierRefusal("20003", REASONS.get(20003), failure);
    }
    if (CarrierFailures.isNetwork(failure)) {
      return CarrierFailures.network("Twilio", failure);
    }
    // e.g. an accepted answer the SDK could not parse: Twilio may have the message
    return CarrierException.outcomeUnknown(
        "twilio-error", "The call to Twilio failed unexpectedly", failure);
  }

  private static CarrierException fromApi(ApiException api) {
    Integer status = api.getStatusCode();
    Integer code = api.getCode();
    if (status == null || status == 0) {
      // no HTTP status: a failure before any answer, or an answer the SDK could not read
      if (CarrierFailures.isNetwork(api)) {
        return CarrierFailures.network("Twilio", api);
      }
      return CarrierException.outcomeUnknown(
          "unreadable-response", "Twilio's answer could not be read", api);
    }
    String codeText = code != null && code != 0 ? code.toString() : status.toString();
    if (status == 429) {
      return CarrierException.transientFailure(
          codeText, "Twilio is limiting the request rate (HTTP 429)", api);
    }
    if (status >= 500) {
      return CarrierException.transientFailure(
          codeText, "Twilio is unavailable (HTTP " + status + ")", api);
    }
    if (status == 408) {
      return CarrierException.transientFailure(
          codeText, "Twilio did not receive the request in time (HTTP 408)", api);
    }
    if (status >= 400) {
      return new CarrierRefusal(
          codeText, reason(code, api.getMessage(), status), unsubscribed(codeText), api);
    }
    return CarrierException.transientFailure(
        codeText, "Twilio answered with the unexpected HTTP status " + status, api);
  }

  /** Twilio's error for a recipient who replied STOP: the carrier blocks messages to them. */
  static final String UNSUBSCRIBED = "21610";

  /** Whether a Twilio error code says the recipient opted out (do-not-disturb for the contact). */
  static boolean unsubscribed(String errorCode) {
    return UNSUBSCRIBED.equals(errorCode);
  }

  /** Our readable reason for {@code code}, else Twilio's own message. */
  static String reason(Integer code, String twilioMessage, int status) {
    String known = code == null ? null : REASONS.get(code);
    if (known != null) {
      return known;
    }
    String message = CarrierFailures.shorten(twilioMessage);
    return message.isEmpty()
        ? "Twilio refused the message (HTTP " + status + ")"
        : "Twilio refused the message: " + message;
  }
}
