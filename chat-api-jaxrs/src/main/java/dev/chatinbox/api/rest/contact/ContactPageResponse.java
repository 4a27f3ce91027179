package dev.chatinbox.api.rest.contact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<{ data: ContactOutput[], meta }>}. */
@Schema(name = "ContactPageResponse")
public record ContactPageResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) ContactPage data) {}
