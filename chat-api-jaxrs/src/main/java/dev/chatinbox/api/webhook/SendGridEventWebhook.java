package dev.chatinbox.api.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
  private WebhookRequests requests;

  protected SendGridEventWebhook() {}

  @Inject
  public SendGridEventWebhook(WebhookRequests requests) {
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
      @HeaderParam("X-Twilio-Email-Event-Webhook-Signature") String eventSignature,
      @HeaderParam("X-Twilio-Email-Event-Webhook-Timestamp") String timestamp,
      @Context UriInfo uri,
      @Context HttpHeaders headers,
      byte[] body) {
    return requests.body(uri, headers, body);
  }
}
