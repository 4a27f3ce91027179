package dev.chatinbox.api.rest.conversation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<ConversationOutput[]>} (spec 4.1). */
@Schema(name = "ConversationListResponse")
public record ConversationListResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) List<ConversationOutput> data) {}
