package dev.chatinbox.api.rest.sandbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a received message went. */
@Schema(name = "InboundMessageOutput")
public record InboundMessageOutput(
    @Schema(required = true) String conversationId, @Schema(required = true) String messageId) {}
