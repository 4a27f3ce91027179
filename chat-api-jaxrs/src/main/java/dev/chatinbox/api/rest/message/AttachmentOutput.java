package dev.chatinbox.api.rest.message;

import dev.chatinbox.core.application.view.AttachmentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A file attached to a message. Stored files are served to authorised callers at {@code
 * /api/v1/messages/{messageId}/attachments/{attachmentId}}.
 */
@Schema(name = "AttachmentOutput")
public record AttachmentOutput(
    @Schema(
            required = true,
            description =
                "Where to fetch it: our API path for stored files, the carrier's URL for inbound media")
        String url,
    @Schema(required = true) String filename,
    @Schema(required = true) String contentType,
    @Schema(required = true, description = "Bytes") long size) {

  static AttachmentOutput of(AttachmentView a) {
    String url = a.url().orElse("/api/v1/messages/" + a.messageId() + "/attachments/" + a.id());
    return new AttachmentOutput(url, a.filename(), a.contentType(), a.size());
  }
}
