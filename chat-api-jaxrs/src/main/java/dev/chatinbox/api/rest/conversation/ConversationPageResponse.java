package dev.chatinbox.api.rest.conversation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<{ data: ConversationOutput[], meta }>}. */
@Schema(name = "ConversationPageResponse")
public record ConversationPageResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) ConversationPage data) {}
