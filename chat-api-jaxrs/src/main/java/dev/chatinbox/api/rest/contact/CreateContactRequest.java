package dev.chatinbox.api.rest.contact;

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
    @Pattern(
            regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
            message = "must be a user id (UUID)")
        @Schema(description = "Owner: an active user's id; none when absent")
        String ownerId) {}
