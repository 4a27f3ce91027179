package dev.chatinbox.api.rest.conversation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<ConversationOutput>}. */
@Schema(name = "ConversationResponse")
public record ConversationResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) ConversationOutput data) {
  public static ConversationResponse of(ConversationOutput data) {
    return new ConversationResponse(true, data);
  }
}
