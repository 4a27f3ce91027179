package dev.chatinbox.api.rest.sandbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<InboundMessageOutput>}. */
@Schema(name = "InboundMessageResponse")
public record InboundMessageResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) InboundMessageOutput data) {}
