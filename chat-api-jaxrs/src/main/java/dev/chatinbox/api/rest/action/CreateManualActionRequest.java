package dev.chatinbox.api.rest.action;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /conversations/manual-actions}, for the OpenAPI document; {@link
 * ManualActionBodies} reads it field by field.
 */
@Schema(name = "CreateManualActionRequest")
public record CreateManualActionRequest(
    @Schema(required = true, description = "A conversation the caller may see (else 404)")
        String conversationId,
    @Schema(required = true, minLength = 1, maxLength = 1000, description = "What has to be done")
        String action,
    @Schema(nullable = true, description = "An active user's id") String assignedTo) {}
