package dev.chatinbox.api.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
  private WebhookRequests requests;

  protected SendGridInboundWebhook() {}

  @Inject
  public SendGridInboundWebhook(WebhookRequests requests) {
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
      @Context HttpHeaders headers,
      List<EntityPart> parts) {
    return requests.multipart(uri, headers, parts);
  }
}
