package dev.chatinbox.api.rest.canned;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PATCH /canned-replies/{id}}: the fields to change. */
@Schema(name = "UpdateCannedReplyRequest")
public record UpdateCannedReplyRequest(
    String shortCode,
    @Schema(maxLength = 200) String title,
    @Schema(maxLength = 10000) String body) {}
