package dev.chatinbox.api.rest.conversation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An automation the contact is enrolled in. */
@Schema(name = "AutomationOutput")
public record AutomationOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String name,
    @Schema(
            required = true,
            enumeration = {"active", "paused"})
        String status) {}
