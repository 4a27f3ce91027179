package dev.chatinbox.api.rest.contact;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Spec 3.7. */
@Schema(name = "AddFollowerRequest")
public record AddFollowerRequest(
    @NotNull
        @Pattern(
            regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
            message = "must be a user id (UUID)")
        @Schema(required = true, description = "An active user's id")
        String userId) {}
