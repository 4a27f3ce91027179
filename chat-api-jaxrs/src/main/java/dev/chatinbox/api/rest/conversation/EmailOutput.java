package dev.chatinbox.api.rest.conversation;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One email address of a contact. */
@Schema(name = "ContactEmailOutput")
public record EmailOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String email,
    @JsonbProperty("isPrimary") @Schema(name = "isPrimary", required = true) boolean isPrimary) {}
