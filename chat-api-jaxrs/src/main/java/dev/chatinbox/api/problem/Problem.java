package dev.chatinbox.api.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error response body (RFC 9457 problem details plus the envelope's {@code success: false}). */
@Schema(name = "Problem", description = "Every error: Content-Type application/problem+json.")
public record Problem(
    @Schema(required = true, defaultValue = "false") boolean success,
    @Schema(
            required = true,
            description = "Stable URI of the error kind, e.g. /problems/validation",
            example = "/problems/validation")
        String type,
    @Schema(required = true) String title,
    @Schema(required = true) int status,
    String detail,
    @Schema(description = "The request path") String instance,
    @Schema(description = "Fields at fault (validation problems)") List<FieldError> errors) {}
