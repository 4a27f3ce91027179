package dev.chatinbox.api.rest.user;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PATCH /users/me} (#18), documented here for OpenAPI. */
@Schema(name = "UpdateMeRequest", description = "Any other field is rejected with 400.")
public record UpdateMeRequest(
    @Schema(
            required = true,
            enumeration = {"online", "busy", "offline"})
        String availability) {}
