package dev.chatinbox.api.rest.contact;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of spec 3.2 plus {@code fullName} and {@code title}, for the OpenAPI document (the resources
 * read it field by field); also the body of {@code PATCH /contacts/{id}}, without {@code dnd}.
 */
@Schema(
    name = "UpdateContactRequest",
    description = "Only the fields present change; any other field is rejected with 400.")
public record UpdateContactRequest(
    @Schema(description = "The corrected name (our addition)", maxLength = 200) String fullName,
    @Schema(
            description = "Job title or role, or null to clear it (our addition)",
            maxLength = 200,
            nullable = true)
        String title,
    @Schema(description = "Becomes the primary email") String email,
    @Schema(description = "Becomes the primary phone (E.164)") String phone,
    @Schema(description = "An active user's id, or null to clear the owner", nullable = true)
        String ownerId,
    @Schema(description = "User ids: the complete new set of followers", maxItems = 100)
        List<String> followers,
    @Schema(description = "The complete new set of tags", maxItems = 100) List<String> tags,
    @Schema(
            description =
                "Do-not-disturb on this conversation's channel (not on PATCH /contacts/{id}: 400)")
        Boolean dnd,
    @Schema(description = "Do-not-disturb on every channel") Boolean dndAll) {}
