package dev.chatinbox.api.rest.contact;

import dev.chatinbox.api.rest.common.IdPattern;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /contacts}: a name and at least a phone or an email. The service checks every
 * field and names all bad ones at once.
 */
@Schema(name = "CreateContactRequest")
public record CreateContactRequest(
    @Schema(required = true, maxLength = 200) String fullName,
    @Schema(description = "Primary email", maxLength = 320) String email,
    @Schema(description = "Primary phone, E.164", example = "+14155550101") String phone,
    @Schema(maxLength = 150) String username,
    @Schema(description = "Job title or role", maxLength = 200) String title,
    @Schema(description = "Avatar URL (http or https)", maxLength = 2048) String profile,
    @Pattern(regexp = IdPattern.UUID, message = "must be a user id (UUID)")
        @Schema(description = "Owner: an active user's id; none when absent")
        String ownerId) {}
