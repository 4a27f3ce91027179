package dev.chatinbox.api.webhook;

import dev.chatinbox.core.application.delivery.MessageStatusService;
import dev.chatinbox.core.domain.shared.FieldViolation;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.spi.carrier.StatusReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Twilio status callbacks for SMS and WhatsApp (spec 6.1, 6.2): the status of a message we sent
 * moves forward ({@code decisions.md}); the raw status and error code are kept.
 */
@Path("webhooks/twilio/{channel: sms|whatsapp}/status")
@RequestScoped
@Tag(name = "Webhooks")
public class TwilioStatusWebhook {
  static final int MAX_FIELD = 1000;

  private MessageStatusService statuses;
  private WebhookRequests requests;

  protected TwilioStatusWebhook() {}

  @Inject
  public TwilioStatusWebhook(MessageStatusService statuses, WebhookRequests requests) {
    this.statuses = statuses;
    this.requests = requests;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      operationId = "twilioStatusCallback",
      summary = "Twilio message status callback (SMS: 6.1, WhatsApp: 6.2)",
      description =
          "Form fields as Twilio sends them (MessageSid, MessageStatus, ErrorCode, ErrorMessage, To,"
              + " From...). X-Twilio-Signature is checked with the auth token against the public URL"
              + " (chat.public-base-url + path). Status only moves forward; repeated callbacks are"
              + " recorded once. An unknown MessageSid is answered 204 and changes nothing.")
  @APIResponse(responseCode = "204", description = "Recorded (or nothing to record)")
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  public Response callback(
      @PathParam("channel") String channel,
      @HeaderParam("X-Twilio-Signature") String twilioSignature,
      @Context UriInfo uri,
      MultivaluedMap<String, String> form) {
    if (!requests.signedByTwilio(uri, form, twilioSignature)) {
      return requests.refused("Twilio status", uri);
    }
    String sid = WebhookRequests.field(form, "MessageSid");
    String status = WebhookRequests.field(form, "MessageStatus");
    List<FieldViolation> problems = new ArrayList<>();
    required(problems, "MessageSid", sid);
    required(problems, "MessageStatus", status);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    statuses.record(
        new StatusReport(
            MessageStatusService.Source.TWILIO,
            sid,
            status,
            optional(form, "ErrorCode"),
            optional(form, "ErrorMessage"),
            Optional.empty()));
    return Response.noContent().build();
  }

  private static void required(List<FieldViolation> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldViolation(field, "is required"));
    } else if (value.length() > 64) {
      problems.add(new FieldViolation(field, "is longer than 64 characters"));
    }
  }

  static Optional<String> optional(MultivaluedMap<String, String> form, String name) {
    String value = WebhookRequests.field(form, name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.length() > MAX_FIELD ? value.substring(0, MAX_FIELD) : value);
  }
}
