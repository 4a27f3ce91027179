package dev.chatinbox.api.rest.conversation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<ConversationUpdatesOutput>}. */
@Schema(name = "ConversationUpdatesResponse")
public record ConversationUpdatesResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) ConversationUpdatesOutput data) {}
