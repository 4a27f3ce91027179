package dev.chatinbox.api.rest.sandbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message "from" a contact, for the sandbox. */
@Schema(name = "SimulateInboundRequest")
public record SimulateInboundRequest(
    @Schema(
            required = true,
            enumeration = {"SMS", "WhatsApp", "Email"})
        @NotNull
        @Pattern(regexp = "SMS|WhatsApp|Email", message = "must be SMS, WhatsApp or Email")
        String channel,
    @Schema(required = true, description = "The contact's phone (E.164) or email address")
        @NotBlank
        @Size(max = 320)
        String from,
    @Schema(required = true, maxLength = 4096) @NotNull @Size(max = 4096) String message,
    @Schema(description = "Email subject", maxLength = 998) @Size(max = 998) String subject) {}
