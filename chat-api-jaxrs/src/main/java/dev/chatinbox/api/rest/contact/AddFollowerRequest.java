package dev.chatinbox.api.rest.contact;

import dev.chatinbox.api.rest.common.IdPattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Spec 3.7. */
@Schema(name = "AddFollowerRequest")
public record AddFollowerRequest(
    @NotNull
        @Pattern(regexp = IdPattern.UUID, message = "must be a user id (UUID)")
        @Schema(required = true, description = "An active user's id")
        String userId) {}
