package dev.chatinbox.api.webhook;

import dev.chatinbox.core.application.inbound.InboundTextService;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.spi.carrier.InboundText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Twilio incoming messages for SMS and WhatsApp (our addition to the spec): what a contact writes
 * lands in their conversation (created for an unknown number), counted unread. STOP and the other
 * opt-out keywords set do-not-disturb on that channel; START, UNSTOP, YES clear it. The answer is
 * empty TwiML: the team replies through the inbox, not automatically.
 */
@Path("webhooks/twilio/{channel: sms|whatsapp}/inbound")
@RequestScoped
@Tag(name = "Webhooks")
public class TwilioInboundWebhook {
  /** Twilio allows at most 10 media items per message. */
  static final int MAX_MEDIA = 10;

  static final int MAX_BODY_CHARS = 10_000;
  static final String EMPTY_TWIML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response></Response>";

  private InboundTextService inbound;
  private WebhookRequests requests;

  protected TwilioInboundWebhook() {}

  @Inject
  public TwilioInboundWebhook(InboundTextService inbound, WebhookRequests requests) {
    this.inbound = inbound;
    this.requests = requests;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces({MediaType.APPLICATION_XML, "application/problem+json"})
  @Operation(
      operationId = "twilioIncomingMessage",
      summary = "Twilio incoming SMS or WhatsApp message (our addition)",
      description =
          "Form fields as Twilio sends them: MessageSid, From, To, Body, NumMedia, MediaUrl{N},"
              + " MediaContentType{N}, ProfileName. Signed like status callbacks. Finds the contact"
              + " by phone (E.164) or creates it, finds or creates the conversation, stores the"
              + " message (senderType contact), raises unreadCount. A MessageSid seen before changes"
              + " nothing. A body that is exactly STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT,"
              + " REVOKE or OPTOUT sets dnd for the channel; START, UNSTOP or YES clears it. Answers"
              + " empty TwiML.")
  @APIResponse(responseCode = "200", description = "Stored (or already stored); empty TwiML")
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  public Response incoming(
      @PathParam("channel") String channel,
      @HeaderParam("X-Twilio-Signature") String twilioSignature,
      @Context UriInfo uri,
      MultivaluedMap<String, String> form) {
    if (!requests.signedByTwilio(uri, form, twilioSignature)) {
      return requests.refused("Twilio incoming message", uri);
    }
    Channel kind = channel.equals("whatsapp") ? Channel.WHATSAPP : Channel.SMS;
    inbound.receive(read(kind, form));
    return Response.ok(EMPTY_TWIML, MediaType.APPLICATION_XML).build();
  }

  private static InboundText read(Channel channel, MultivaluedMap<String, String> form) {
    List<FieldViolation> problems = new ArrayList<>();
    String sid = WebhookRequests.field(form, "MessageSid");
    String from = WebhookRequests.field(form, "From");
    String body = WebhookRequests.field(form, "Body");
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
    if (body != null && body.length() > MAX_BODY_CHARS) {
      problems.add(new FieldViolation("Body", "is longer than " + MAX_BODY_CHARS + " characters"));
    }
    List<InboundText.Media> media = media(form, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new InboundText(
        channel,
        from.strip(),
        WebhookRequests.field(form, "To"),
        body,
        sid.strip(),
        TwilioStatusWebhook.optional(form, "ProfileName"),
        media);
  }

  private static List<InboundText.Media> media(
      MultivaluedMap<String, String> form, List<FieldViolation> problems) {
    String count = WebhookRequests.field(form, "NumMedia");
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
      String url = WebhookRequests.field(form, "MediaUrl" + i);
      if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
        problems.add(new FieldViolation("MediaUrl" + i, "must be an http(s) URL"));
        continue;
      }
      if (url.length() > 2000) {
        problems.add(new FieldViolation("MediaUrl" + i, "is longer than 2000 characters"));
        continue;
      }
      String type = WebhookRequests.field(form, "MediaContentType" + i);
      media.add(
          new InboundText.Media(
              url,
              type == null || type.isBlank() || type.length() > 100
                  ? "application/octet-stream"
                  : type.strip()));
    }
    return media;
  }
}
