package dev.chatinbox.api.rest.contact;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Spec 3.3. */
@Schema(name = "AddEmailRequest")
public record AddEmailRequest(
    @NotNull @Size(max = 320) @Schema(required = true, maxLength = 320) String email,
    @JsonbProperty("isPrimary")
        @Schema(
            name = "isPrimary",
            description = "Make it the primary email (the first one always is)")
        Boolean isPrimary) {}
