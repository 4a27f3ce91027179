package dev.chatinbox.api.rest.canned;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<{ data: CannedReplyOutput[], meta }>}. */
@Schema(name = "CannedReplyPageResponse")
public record CannedReplyPageResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) CannedReplyPage data) {}
