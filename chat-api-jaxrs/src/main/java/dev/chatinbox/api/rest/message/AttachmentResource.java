package dev.chatinbox.api.rest.message;

import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.messaging.AttachmentService;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stored email attachments, for those who may see the message's conversation. */
@Path("messages/{messageId}/attachments/{attachmentId}")
@RequestScoped
@Tag(name = "Messages")
public class AttachmentResource {
  private CurrentCaller caller;
  private AttachmentService attachments;

  protected AttachmentResource() {}

  @Inject
  public AttachmentResource(CurrentCaller caller, AttachmentService attachments) {
    this.caller = caller;
    this.attachments = attachments;
  }

  @GET
  @Produces("*/*")
  @Operation(
      operationId = "downloadAttachment",
      summary = "Download a stored attachment",
      description =
          "Served as a download (Content-Disposition: attachment) with its stored content type.")
  @APIResponse(responseCode = "200", description = "The file")
  @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
  public Response download(
      @PathParam("messageId") String messageId, @PathParam("attachmentId") String attachmentId) {
    UUID message =
        Ids.parse(messageId).orElseThrow(() -> new ObjectNotFoundException("Attachment"));
    UUID attachment =
        Ids.parse(attachmentId).orElseThrow(() -> new ObjectNotFoundException("Attachment"));
    AttachmentService.StoredFile file = attachments.download(caller.get(), message, attachment);
    String safeName = file.filename().replaceAll("[^A-Za-z0-9._ -]", "_");
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + safeName + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
