package dev.chatinbox.api.rest.conversation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /conversations/counts} (#18). */
@Schema(name = "ConversationCountsResponse")
public record ConversationCountsResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) ConversationCountsOutput data) {}
