package dev.chatinbox.api.webhook;

import dev.chatinbox.core.application.delivery.MessageStatusService;
import dev.chatinbox.core.infrastructure.carrier.sendgrid.SendGridWebhookSignature;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * SendGrid's signed Event Webhook (spec 6.3): delivered → delivered, open → read, bounce / dropped
 * / blocked → failed; spam reports and unsubscribes set email do-not-disturb for the contact. Every
 * event is kept in the message's event history.
 */
@Path("webhooks/twilio/email/status")
@RequestScoped
@Tag(name = "Webhooks")
public class SendGridEventWebhook {
  static final String SIGNATURE = "X-Twilio-Email-Event-Webhook-Signature";
  static final String TIMESTAMP = "X-Twilio-Email-Event-Webhook-Timestamp";

  private SendGridWebhookSignature signature;
  private MessageStatusService statuses;
  private WebhookRequests requests;

  protected SendGridEventWebhook() {}

  @Inject
  public SendGridEventWebhook(
      SendGridWebhookSignature signature, MessageStatusService statuses, WebhookRequests requests) {
    this.signature = signature;
    this.statuses = statuses;
    this.requests = requests;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "sendGridEvents",
      summary = "SendGrid Event Webhook (spec 6.3)",
      description =
          "A JSON array of SendGrid events. The batch must carry SendGrid's ECDSA signature"
              + " (X-Twilio-Email-Event-Webhook-Signature over X-Twilio-Email-Event-Webhook-Timestamp"
              + " + body, verified with chat.sendgrid.webhook-public-key) and a timestamp within"
              + " chat.sendgrid.webhook-max-age-seconds of now. Events are matched by sg_message_id"
              + " to the X-Message-Id of the send and deduplicated by sg_event_id. The whole batch is"
              + " recorded in one transaction.")
  @APIResponse(responseCode = "204", description = "Recorded")
  @APIResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  public Response events(
      @HeaderParam(SIGNATURE) String eventSignature,
      @HeaderParam(TIMESTAMP) String timestamp,
      @Context UriInfo uri,
      byte[] body) {
    if (!signature.valid(eventSignature, timestamp, body)) {
      return requests.refused("SendGrid event", uri);
    }
    statuses.recordAll(SendGridEvents.read(body));
    return Response.noContent().build();
  }
}
