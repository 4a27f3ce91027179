package dev.chatinbox.api.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
  private WebhookRequests requests;

  protected TwilioStatusWebhook() {}

  @Inject
  public TwilioStatusWebhook(WebhookRequests requests) {
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
      @Context HttpHeaders headers,
      MultivaluedMap<String, String> form) {
    return requests.form(uri, headers, form);
  }
}
