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
        Integer unreadCount,
    @Schema(
            enumeration = {"open", "pending", "snoozed", "resolved"},
            description =
                "Our addition (#18). snoozed needs snoozedUntil; a contact's message reopens a"
                    + " resolved or snoozed conversation, and a snoozed one reopens by itself at"
                    + " snoozedUntil")
        String status,
    @Schema(
            description =
                "With status snoozed only: ISO 8601, in the future, at most 365 days ahead")
        String snoozedUntil,
    @Schema(
            nullable = true,
            description =
                "Our addition (#18): an active USER or ADMIN; null unassigns. The assignee sees"
                    + " the conversation")
        String assigneeId,
    @Schema(
            nullable = true,
            description =
                "Our addition (#18): a team (GET /teams); null clears. Its members see the"
                    + " conversation")
        String teamId) {}
