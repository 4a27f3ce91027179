package dev.chatinbox.core.infrastructure.carrier.sendgrid;

import dev.chatinbox.core.domain.message.EmailThreading;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.spi.carrier.InboundEmail;
import dev.chatinbox.core.spi.carrier.WebhookRequest;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a SendGrid Inbound Parse post (multipart/form-data: from, to, subject, text, html, headers,
 * attachment-info, attachmentN) into an {@link InboundEmail}: each field decoded by the charset
 * {@code charsets} names for it ({@link InboundCharsets}), RFC 2047 encoded words in {@code from}
 * and {@code subject} decoded ({@link EncodedWords}), threaded by {@code In-Reply-To} then {@code
 * References} (nearest first), attachments named and typed as {@code attachment-info} says.
 */
final class SendGridInboundParse {
  static final int MAX_ATTACHMENTS = 20;

  private SendGridInboundParse() {}

  static InboundEmail read(List<WebhookRequest.Part> parts) {
    InboundCharsets charsets =
        InboundCharsets.of(
            parts.stream()
                .filter(p -> p.name().equals("charsets") && p.fileName().isEmpty())
                .map(WebhookRequest.Part::content)
                .findFirst()
                .orElse(null));
    Map<String, String> fields = new HashMap<>();
    Map<String, WebhookRequest.Part> files = new TreeMap<>();
    for (WebhookRequest.Part part : parts) {
      if (part.fileName().isPresent()
          || part.name().startsWith("attachment")
              && !part.name().equals("attachment-info")
              && !part.name().equals("attachments")) {
        files.put(part.name(), part);
      } else {
        fields.put(part.name(), charsets.decode(part.name(), part.content()));
      }
    }
    String from = EncodedWords.decode(fields.get("from"));
    if (from == null || from.isBlank()) {
      throw new InvalidInputException("from", "is required");
    }
    MailHeaders headers = MailHeaders.parse(fields.get("headers"));
    List<String> references = new ArrayList<>();
    headers.get("In-Reply-To").ifPresent(h -> references.addAll(EmailThreading.ids(h)));
    headers
        .get("References")
        .ifPresent(
            h -> {
              List<String> ids = new ArrayList<>(EmailThreading.ids(h));
              Collections.reverse(ids); // the last one is the nearest
              references.addAll(ids);
            });
    return new InboundEmail(
        SendGridEvents.CARRIER,
        MailHeaders.address(from),
        MailHeaders.displayName(from),
        fields.getOrDefault("to", ""),
        EncodedWords.decode(fields.get("subject")),
        fields.get("text"), // any length: the inbox keeps the first 1,000,000 characters
        fields.get("html"),
        headers.get("Message-ID"),
        references,
        attachments(fields.get("attachment-info"), files));
  }

  private static List<InboundEmail.Attachment> attachments(
      String info, Map<String, WebhookRequest.Part> files) {
    if (files.size() > MAX_ATTACHMENTS) {
      throw new InvalidInputException(
          "attachments", "at most " + MAX_ATTACHMENTS + " attachments are accepted");
    }
    JsonObject described = Json.createObjectBuilder().build();
    if (info != null && !info.isBlank()) {
      try (JsonReader reader = Json.createReader(new StringReader(info))) {
        described = reader.readObject();
      } catch (JsonException | IllegalStateException e) {
        throw new InvalidInputException("attachment-info", "must be a JSON object");
      }
    }
    List<InboundEmail.Attachment> attachments = new ArrayList<>();
    for (Map.Entry<String, WebhookRequest.Part> file : files.entrySet()) {
      JsonObject about =
          described.containsKey(file.getKey())
              ? described.getJsonObject(file.getKey())
              : Json.createObjectBuilder().build();
      WebhookRequest.Part part = file.getValue();
      String filename = about.getString("filename", part.fileName().orElse(file.getKey()));
      String type = about.getString("type", part.contentType().orElse("application/octet-stream"));
      attachments.add(
          new InboundEmail.Attachment(limit(filename, 255), limit(type, 100), part.content()));
    }
    return attachments;
  }

  private static String limit(String value, int max) {
    return value.length() > max ? value.substring(0, max) : value;
  }
}
