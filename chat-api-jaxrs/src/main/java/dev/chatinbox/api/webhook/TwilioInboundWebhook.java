package dev.chatinbox.api.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
 * Twilio incoming messages for SMS and WhatsApp (our addition to the spec): what a contact writes
 * lands in their conversation (created for an unknown number), counted unread. STOP and the other
 * opt-out keywords set do-not-disturb on that channel; START, UNSTOP, YES clear it. The answer is
 * empty TwiML: the team replies through the inbox, not automatically.
 */
@Path("webhooks/twilio/{channel: sms|whatsapp}/inbound")
@RequestScoped
@Tag(name = "Webhooks")
public class TwilioInboundWebhook {
  private WebhookRequests requests;

  protected TwilioInboundWebhook() {}

  @Inject
  public TwilioInboundWebhook(WebhookRequests requests) {
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
      @Context HttpHeaders headers,
      MultivaluedMap<String, String> form) {
    return requests.form(uri, headers, form);
  }
}
