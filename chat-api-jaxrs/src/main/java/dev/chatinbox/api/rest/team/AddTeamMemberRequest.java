package dev.chatinbox.api.rest.team;

import dev.chatinbox.api.rest.common.IdPattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /teams/{id}/members}. */
@Schema(name = "AddTeamMemberRequest")
public record AddTeamMemberRequest(
    @NotNull
        @Pattern(regexp = IdPattern.UUID, message = "must be a user id (UUID)")
        @Schema(required = true, description = "An active USER or ADMIN")
        String userId) {}
