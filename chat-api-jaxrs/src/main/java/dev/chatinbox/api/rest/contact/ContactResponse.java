package dev.chatinbox.api.rest.contact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<ContactOutput>}. */
@Schema(name = "ContactResponse")
public record ContactResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) ContactOutput data) {}
