package dev.chatinbox.api.rest.action;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PATCH /conversations/manual-actions/{id}}, for the OpenAPI document; {@link
 * ManualActionBodies} reads it field by field. Both fields are optional; any other field is a 400
 * naming it.
 */
@Schema(name = "UpdateManualActionRequest")
public record UpdateManualActionRequest(
    @Schema(
            enumeration = {"pending", "completed", "failed"},
            description =
                "completed or failed closes the action and sets completedAt; pending reopens it and clears completedAt")
        String status,
    @Schema(nullable = true, description = "An active user's id; null unassigns")
        String assignedTo) {}
