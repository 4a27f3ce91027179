package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.api.rest.common.IdPattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /conversations}: the contact and channel to talk on. */
@Schema(name = "OpenConversationRequest")
public record OpenConversationRequest(
    @NotNull
        @Pattern(regexp = IdPattern.UUID, message = "must be a contact id (UUID)")
        @Schema(required = true)
        String contactId,
    @NotNull
        @Schema(
            required = true,
            enumeration = {"SMS", "WhatsApp", "Email"})
        String channel) {}
