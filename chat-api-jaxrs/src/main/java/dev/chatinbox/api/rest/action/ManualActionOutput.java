package dev.chatinbox.api.rest.action;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.application.view.ManualActionView;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manual action of spec 8.1 (plus {@code createdBy}). Absent optional fields are omitted. */
@Schema(name = "ManualActionOutput")
public record ManualActionOutput(
    @Schema(required = true) String id,
    @Schema(required = true) String conversationId,
    @Schema(required = true, description = "What has to be done") String action,
    @Schema(
            required = true,
            enumeration = {"pending", "completed", "failed"})
        String status,
    @Schema(description = "User id of the assignee") String assignedTo,
    @Schema(description = "User id of who recorded it (our addition)") String createdBy,
    @Schema(required = true, description = "ISO 8601 UTC with milliseconds") String createdAt,
    @Schema(
            description =
                "When it was closed (completed or failed), ISO 8601 UTC with milliseconds; omitted while pending")
        String completedAt) {

  public static ManualActionOutput of(ManualActionView v) {
    return new ManualActionOutput(
        v.id().toString(),
        v.conversationId().toString(),
        v.action(),
        v.status().wireName(),
        v.assignedTo().map(UUID::toString).orElse(null),
        v.createdBy().map(UUID::toString).orElse(null),
        Timestamps.format(v.createdAt()),
        v.completedAt().map(Timestamps::format).orElse(null));
  }
}
