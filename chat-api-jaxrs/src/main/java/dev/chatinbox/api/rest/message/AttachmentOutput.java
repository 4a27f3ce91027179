package dev.chatinbox.api.rest.message;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file attached to a message. */
@Schema(name = "AttachmentOutput")
public record AttachmentOutput(
    String url,
    @Schema(required = true) String filename,
    @Schema(required = true) String contentType,
    @Schema(required = true) long size) {}
