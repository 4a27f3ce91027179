package dev.chatinbox.core.infrastructure.carrier.twilio;

import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.spi.carrier.CarrierWebhook;
import dev.chatinbox.core.spi.carrier.InboundText;
import dev.chatinbox.core.spi.carrier.WebhookRequest;
import dev.chatinbox.core.spi.carrier.WebhookVerdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Twilio's webhooks for SMS and WhatsApp: status callbacks ({@code twilio/<sms|whatsapp>/status},
 * spec 6.1, 6.2) and incoming messages ({@code twilio/<sms|whatsapp>/inbound}). Every request must
 * carry {@code X-Twilio-Signature} for the public URL it was sent to ({@link
 * TwilioWebhookSignature}); form fields are read as Twilio sends them. An incoming message is
 * answered with empty TwiML: the team replies through the inbox, not automatically.
 */
@ApplicationScoped
public class TwilioWebhooks implements CarrierWebhook {
  /** Twilio allows at most 10 media items per message. */
  static final int MAX_MEDIA = 10;

  static final int MAX_FIELD = 1000;
  static final String EMPTY_TWIML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response></Response>";

  private static final java.util.regex.Pattern ROUTES =
      java.util.regex.Pattern.compile("twilio/(sms|whatsapp)/(status|inbound)");

  private TwilioWebhookSignature signature;

  protected TwilioWebhooks() {}

  @Inject
  public TwilioWebhooks(TwilioWebhookSignature signature) {
    this.signature = signature;
  }

  /** The route of the status callbacks of a channel, as given to Twilio with each send. */
  static String statusRoute(Channel channel) {
    return "twilio/" + kind(channel) + "/status";
  }

  @Override
  public boolean owns(String route) {
    return ROUTES.matcher(route).matches();
  }

  @Override
  public WebhookVerdict read(WebhookRequest request) {
    boolean status = request.route().endsWith("/status");
    String webhook = status ? "Twilio status" : "Twilio incoming message";
    if (!signature.valid(
        request.publicUrl(),
        singleValued(request.form()),
        request.header("X-Twilio-Signature").orElse(null))) {
      return new WebhookVerdict.Refused(webhook);
    }
    if (status) {
      return new WebhookVerdict.Statuses(
          List.of(statusReport(request)), WebhookVerdict.Reply.NO_CONTENT);
    }
    Channel channel =
        request.route().startsWith("twilio/whatsapp/") ? Channel.WHATSAPP : Channel.SMS;
    return new WebhookVerdict.TextReceived(
        incoming(channel, request), new WebhookVerdict.Reply(200, "application/xml", EMPTY_TWIML));
  }

  private static dev.chatinbox.core.spi.carrier.StatusReport statusReport(WebhookRequest request) {
    String sid = request.field("MessageSid");
    String status = request.field("MessageStatus");
    List<FieldViolation> problems = new ArrayList<>();
    required(problems, "MessageSid", sid);
    required(problems, "MessageStatus", status);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return TwilioStatuses.report(
        sid,
        status,
        optional(request, "ErrorCode"),
        optional(request, "ErrorMessage"),
        TwilioStatuses.dlrDoneDate(request.field("RawDlrDoneDate")));
  }

  private static InboundText incoming(Channel channel, WebhookRequest request) {
    List<FieldViolation> problems = new ArrayList<>();
    String sid = request.field("MessageSid");
    String from = request.field("From");
    String body = request.field("Body");
    if (sid == null || sid.isBlank() || sid.length() > 64) {
      problems.add(new FieldViolation("MessageSid", "is required (at most 64 characters)"));
    }
    if (from == null || from.isBlank() || from.length() > 64) {
      problems.add(new FieldViolation("From", "is required (at most 64 characters)"));
    } else if ((channel == Channel.WHATSAPP)
        != from.toLowerCase(Locale.ROOT).startsWith("whatsapp:")) {
      problems.add(
          new FieldViolation(
              "From",
              channel == Channel.WHATSAPP
                  ? "must be a whatsapp: address"
                  : "must be a phone number, not a whatsapp: address"));
    }
    List<InboundText.Media> media = media(request, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new InboundText(
        TwilioStatuses.CARRIER,
        channel,
        from.strip(),
        request.field("To"),
        body,
        sid.strip(),
        optional(request, "ProfileName"),
        media);
  }

  private static List<InboundText.Media> media(
      WebhookRequest request, List<FieldViolation> problems) {
    String count = request.field("NumMedia");
    int n;
    try {
      n = count == null || count.isBlank() ? 0 : Integer.parseInt(count.strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldViolation("NumMedia", "must be a number"));
      return List.of();
    }
    if (n < 0 || n > MAX_MEDIA) {
      problems.add(new FieldViolation("NumMedia", "must be between 0 and " + MAX_MEDIA));
      return List.of();
    }
    List<InboundText.Media> media = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String url = request.field("MediaUrl" + i);
      if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
        problems.add(new FieldViolation("MediaUrl" + i, "must be an http(s) URL"));
        continue;
      }
      if (url.length() > 2000) {
        problems.add(new FieldViolation("MediaUrl" + i, "is longer than 2000 characters"));
        continue;
      }
      String type = request.field("MediaContentType" + i);
      media.add(
          new InboundText.Media(
              url,
              type == null || type.isBlank() || type.length() > 100
                  ? "application/octet-stream"
                  : type.strip()));
    }
    return media;
  }

  private static void required(List<FieldViolation> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldViolation(field, "is required"));
    } else if (value.length() > 64) {
      problems.add(new FieldViolation(field, "is longer than 64 characters"));
    }
  }

  private static Optional<String> optional(WebhookRequest request, String name) {
    String value = request.field(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.length() > MAX_FIELD ? value.substring(0, MAX_FIELD) : value);
  }

  /** Form fields as the signature algorithm sees them: one value per name. */
  private static Map<String, String> singleValued(Map<String, List<String>> form) {
    Map<String, String> values = new LinkedHashMap<>();
    form.forEach(
        (name, list) -> values.put(name, list == null || list.isEmpty() ? "" : list.get(0)));
    return values;
  }

  private static String kind(Channel channel) {
    return channel == Channel.WHATSAPP ? "whatsapp" : "sms";
  }
}
