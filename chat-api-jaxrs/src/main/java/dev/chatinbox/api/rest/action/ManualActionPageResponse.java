package dev.chatinbox.api.rest.action;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<{ data: ManualActionOutput[], meta }>}. */
@Schema(name = "ManualActionPageResponse")
public record ManualActionPageResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) ManualActionPage data) {}
