package dev.chatinbox.api.rest.conversation;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One phone number (E.164) of a contact. */
@Schema(name = "ContactPhoneOutput")
public record PhoneOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String phone,
    @JsonbProperty("isPrimary") @Schema(name = "isPrimary", required = true) boolean isPrimary) {}
