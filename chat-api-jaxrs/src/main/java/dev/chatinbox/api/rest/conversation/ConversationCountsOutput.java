package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.core.application.view.ConversationCountsView;
import dev.chatinbox.core.domain.conversation.ConversationStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The counts a UI shows on its tabs (#18). */
@Schema(name = "ConversationCountsOutput")
@JsonbPropertyOrder({"byStatus", "mine", "unassigned", "all"})
public record ConversationCountsOutput(
    @Schema(required = true, description = "Visible conversations per status")
        StatusCounts byStatus,
    @Schema(required = true, description = "Assigned to the caller (within status when given)")
        long mine,
    @Schema(required = true, description = "Without assignee (within status when given)")
        long unassigned,
    @Schema(required = true, description = "Every visible one (within status when given)")
        long all) {

  /** Visible conversations per status. */
  @Schema(name = "ConversationStatusCounts")
  @JsonbPropertyOrder({"open", "pending", "snoozed", "resolved"})
  public record StatusCounts(
      @Schema(required = true) long open,
      @Schema(required = true) long pending,
      @Schema(required = true) long snoozed,
      @Schema(required = true) long resolved) {}

  public static ConversationCountsOutput of(ConversationCountsView v) {
    return new ConversationCountsOutput(
        new StatusCounts(
            v.byStatus().get(ConversationStatus.OPEN),
            v.byStatus().get(ConversationStatus.PENDING),
            v.byStatus().get(ConversationStatus.SNOOZED),
            v.byStatus().get(ConversationStatus.RESOLVED)),
        v.mine(),
        v.unassigned(),
        v.all());
  }
}
