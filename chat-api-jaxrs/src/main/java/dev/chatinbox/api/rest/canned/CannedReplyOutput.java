package dev.chatinbox.api.rest.canned;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.application.view.CannedReplyView;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A canned reply. */
@Schema(name = "CannedReply")
public record CannedReplyOutput(
    @Schema(required = true) String id,
    @Schema(required = true, description = "Lower-case letters, digits, _ and -; 1 to 32")
        String shortCode,
    @Schema(required = true) String title,
    @Schema(
            required = true,
            description = "May name {{contact.firstName}}, {{contact.fullName}} and {{agent.name}}")
        String body,
    @Schema(required = true, description = "true: the team's; false: personal to ownerId")
        boolean shared,
    @Schema(description = "The owner's user id (personal replies); omitted for shared ones")
        String ownerId,
    @Schema(required = true, description = "ISO 8601 UTC with milliseconds") String createdAt,
    @Schema(required = true, description = "ISO 8601 UTC with milliseconds") String updatedAt) {

  public static CannedReplyOutput of(CannedReplyView v) {
    return new CannedReplyOutput(
        v.id().toString(),
        v.shortCode(),
        v.title(),
        v.body(),
        v.shared(),
        v.owner().map(UUID::toString).orElse(null),
        Timestamps.format(v.createdAt()),
        Timestamps.format(v.updatedAt()));
  }
}
