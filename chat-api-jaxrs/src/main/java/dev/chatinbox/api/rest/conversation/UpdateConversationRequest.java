package dev.chatinbox.api.rest.conversation;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PATCH /conversations/{id}} (spec 1.3), documented here for OpenAPI. The resource
 * reads the body as a JSON object so that it can tell absent from null and reject unknown or
 * read-only fields.
 */
@Schema(
    name = "UpdateConversationRequest",
    description = "Only the fields present change; any other field is rejected with 400.")
public record UpdateConversationRequest(
    @JsonbProperty("isStarred") @Schema(name = "isStarred") Boolean isStarred,
    @Schema(minimum = "0", maximum = "1000000", description = "Set to 0 to mark as read")
        Integer unreadCount) {}
