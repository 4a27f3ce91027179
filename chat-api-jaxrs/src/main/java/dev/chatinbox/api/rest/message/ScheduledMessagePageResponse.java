package dev.chatinbox.api.rest.message;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<{ data: MessageOutput[], meta }>}. */
@Schema(name = "ScheduledMessagePageResponse")
public record ScheduledMessagePageResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) ScheduledMessagePage data) {}
