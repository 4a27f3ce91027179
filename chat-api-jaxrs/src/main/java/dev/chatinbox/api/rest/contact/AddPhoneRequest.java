package dev.chatinbox.api.rest.contact;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Spec 3.4. */
@Schema(name = "AddPhoneRequest")
public record AddPhoneRequest(
    @NotNull
        @Size(max = 40)
        @Schema(
            required = true,
            description = "E.164; spaces, dashes, dots and parentheses are removed",
            example = "+14155550101")
        String phone,
    @JsonbProperty("isPrimary")
        @Schema(
            name = "isPrimary",
            description = "Make it the primary phone (the first one always is)")
        Boolean isPrimary) {}
