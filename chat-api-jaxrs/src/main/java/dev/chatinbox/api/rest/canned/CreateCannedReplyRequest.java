package dev.chatinbox.api.rest.canned;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /canned-replies} (documentation; read as JSON fields). */
@Schema(name = "CreateCannedReplyRequest")
public record CreateCannedReplyRequest(
    @Schema(
            required = true,
            description =
                "1 to 32 letters, digits, _ or - (a leading / is dropped; stored lower-case);"
                    + " unique among the shared replies, or among the caller's personal ones")
        String shortCode,
    @Schema(required = true, maxLength = 200) String title,
    @Schema(
            required = true,
            maxLength = 10000,
            description =
                "Variables: {{contact.firstName}}, {{contact.fullName}}, {{agent.name}}; any other"
                    + " {{...}} is a 400 naming it")
        String body,
    @Schema(
            defaultValue = "false",
            description = "true: for the whole team (ADMIN only); false: personal to the caller")
        Boolean shared) {}
