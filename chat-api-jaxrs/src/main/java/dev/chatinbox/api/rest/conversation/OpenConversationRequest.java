package dev.chatinbox.api.rest.conversation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /conversations}: the contact and channel to talk on. */
@Schema(name = "OpenConversationRequest")
public record OpenConversationRequest(
    @NotNull
        @Pattern(
            regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
            message = "must be a contact id (UUID)")
        @Schema(required = true)
        String contactId,
    @NotNull
        @Schema(
            required = true,
            enumeration = {"SMS", "WhatsApp", "Email"})
        String channel) {}
