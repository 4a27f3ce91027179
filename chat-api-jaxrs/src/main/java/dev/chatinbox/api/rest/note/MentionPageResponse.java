package dev.chatinbox.api.rest.note;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<{ data: MentionOutput[], meta }>}. */
@Schema(name = "MentionPageResponse")
public record MentionPageResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) MentionPage data) {}
