package dev.chatinbox.api.rest.contact;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Spec 3.5. */
@Schema(name = "AddTagRequest")
public record AddTagRequest(
    @NotNull
        @Schema(
            required = true,
            description = "Trimmed; 1..50 characters; unique per contact ignoring case",
            maxLength = 50)
        String tag) {}
