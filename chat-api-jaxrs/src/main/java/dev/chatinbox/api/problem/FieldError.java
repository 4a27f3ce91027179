package dev.chatinbox.api.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field or parameter of a request. */
@Schema(name = "FieldError")
public record FieldError(
    @Schema(required = true) String field, @Schema(required = true) String message) {}
