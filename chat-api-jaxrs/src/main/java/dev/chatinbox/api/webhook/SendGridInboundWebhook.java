package dev.chatinbox.api.webhook;

import dev.chatinbox.core.application.inbound.InboundEmailService;
import dev.chatinbox.core.domain.message.EmailThreading;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.infrastructure.carrier.sendgrid.WebhookSettings;
import dev.chatinbox.core.spi.carrier.InboundEmail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * SendGrid Inbound Parse (our addition): an email a contact sent lands in the email conversation of
 * the message it answers, or of the contact with the sender's address, or a new one. SendGrid does
 * not sign these posts, so the URL carries a shared secret ({@code chat.sendgrid.inbound-secret}):
 * as the basic-auth password ({@code https://inbound:SECRET@host/...}, which SendGrid supports) or
 * as {@code ?token=SECRET}.
 */
@Path("webhooks/twilio/email/inbound")
@RequestScoped
@Tag(name = "Webhooks")
public class SendGridInboundWebhook {
  static final int MAX_ATTACHMENTS = 20;
  static final int MAX_TEXT_CHARS = 1_000_000;

  private WebhookSettings settings;
  private InboundEmailService inbound;
  private WebhookRequests requests;

  protected SendGridInboundWebhook() {}

  @Inject
  public SendGridInboundWebhook(
      WebhookSettings settings, InboundEmailService inbound, WebhookRequests requests) {
    this.settings = settings;
    this.inbound = inbound;
    this.requests = requests;
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      operationId = "sendGridInboundParse",
      summary = "SendGrid Inbound Parse (our addition)",
      description =
          "multipart/form-data as SendGrid posts it (from, to, subject, text, html, headers,"
              + " attachments, attachment-info, attachmentN). Needs the shared secret"
              + " chat.sendgrid.inbound-secret as basic-auth password or ?token=. Threads by"
              + " In-Reply-To/References, else by the sender's address; HTML is sanitised. A"
              + " Message-ID seen before changes nothing.")
  @APIResponse(responseCode = "204", description = "Stored (or already stored)")
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  public Response receive(
      @HeaderParam("Authorization") String authorization,
      @QueryParam("token") String token,
      @Context UriInfo uri,
      List<EntityPart> parts)
      throws IOException {
    if (!authorised(authorization, token)) {
      return requests.refused("SendGrid inbound parse", uri);
    }
    inbound.receive(read(parts));
    return Response.noContent().build();
  }

  private boolean authorised(String authorization, String token) {
    Optional<String> secret = settings.inboundSecret();
    if (secret.isEmpty()) {
      return false;
    }
    String presented = token;
    if (presented == null && authorization != null && authorization.startsWith("Basic ")) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        presented = colon < 0 ? null : decoded.substring(colon + 1);
      } catch (IllegalArgumentException e) {
        presented = null;
      }
    }
    return presented != null
        && MessageDigest.isEqual(
            presented.getBytes(StandardCharsets.UTF_8),
            secret.get().getBytes(StandardCharsets.UTF_8));
  }

  private static InboundEmail read(List<EntityPart> parts) throws IOException {
    Map<String, String> fields = new HashMap<>();
    Map<String, EntityPart> files = new HashMap<>();
    for (EntityPart part : parts) {
      if (part.getFileName().isPresent()
          || part.getName().startsWith("attachment")
              && !part.getName().equals("attachment-info")
              && !part.getName().equals("attachments")) {
        files.put(part.getName(), part);
      } else {
        fields.put(part.getName(), text(part));
      }
    }
    String from = fields.get("from");
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
        MailHeaders.address(from),
        MailHeaders.displayName(from),
        fields.getOrDefault("to", ""),
        fields.get("subject"),
        bounded("text", fields.get("text")),
        bounded("html", fields.get("html")),
        headers.get("Message-ID"),
        references,
        attachments(fields.get("attachment-info"), files));
  }

  private static List<InboundEmail.Attachment> attachments(
      String info, Map<String, EntityPart> files) throws IOException {
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
    for (Map.Entry<String, EntityPart> file : new java.util.TreeMap<>(files).entrySet()) {
      JsonObject about =
          described.containsKey(file.getKey())
              ? described.getJsonObject(file.getKey())
              : Json.createObjectBuilder().build();
      String filename =
          about.getString("filename", file.getValue().getFileName().orElse(file.getKey()));
      String type = about.getString("type", file.getValue().getMediaType().toString());
      byte[] content;
      try (InputStream in = file.getValue().getContent()) {
        content = in.readAllBytes();
      }
      attachments.add(new InboundEmail.Attachment(limit(filename, 255), limit(type, 100), content));
    }
    return attachments;
  }

  private static String text(EntityPart part) throws IOException {
    try (InputStream in = part.getContent()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String bounded(String field, String value) {
    if (value != null && value.length() > MAX_TEXT_CHARS) {
      throw new InvalidInputException(field, "is longer than " + MAX_TEXT_CHARS + " characters");
    }
    return value;
  }

  private static String limit(String value, int max) {
    return value.length() > max ? value.substring(0, max) : value;
  }
}
