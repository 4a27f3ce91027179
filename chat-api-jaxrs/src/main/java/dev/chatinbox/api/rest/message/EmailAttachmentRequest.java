package dev.chatinbox.api.rest.message;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file attached to an email (spec 2.4). */
@Schema(name = "EmailAttachmentRequest")
public record EmailAttachmentRequest(
    @Schema(required = true, maxLength = 255) String filename,
    @Schema(
            required = true,
            description = "Base64-encoded content (at most 10 MB decoded; 30 MB for all files)")
        String content,
    @Schema(required = true, example = "application/pdf") String contentType) {}
