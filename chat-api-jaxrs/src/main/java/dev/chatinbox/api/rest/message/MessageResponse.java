package dev.chatinbox.api.rest.message;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<MessageOutput>}. */
@Schema(name = "MessageResponse")
public record MessageResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) MessageOutput data) {}
