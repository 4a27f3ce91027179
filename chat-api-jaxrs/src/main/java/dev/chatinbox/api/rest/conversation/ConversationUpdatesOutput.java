package dev.chatinbox.api.rest.conversation;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.api.rest.message.MessageOutput;
import dev.chatinbox.core.application.view.InboxUpdatesView;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Spec 5 option B's answer, plus the exact-resume cursor and what else changed. */
@Schema(name = "ConversationUpdatesOutput")
public record ConversationUpdatesOutput(
    @Schema(required = true) List<MessageOutput> newMessages,
    @Schema(description = "Earlier messages whose status moved (our addition)")
        List<MessageOutput> updatedMessages,
    @Schema(required = true) List<ConversationOutput> updatedConversations,
    @Schema(description = "Conversations deleted (our addition)")
        List<String> deletedConversationIds,
    @Schema(required = true, description = "The server's time of this answer") String timestamp,
    @Schema(
            required = true,
            description =
                "Opaque position to pass as cursor next time: no change is then lost or repeated"
                    + " (our addition)")
        String cursor,
    @Schema(required = true, description = "More changes wait: poll again at once")
        boolean hasMore) {
  static ConversationUpdatesOutput of(InboxUpdatesView v) {
    return new ConversationUpdatesOutput(
        v.newMessages().stream().map(MessageOutput::of).toList(),
        v.updatedMessages().stream().map(MessageOutput::of).toList(),
        v.updatedConversations().stream().map(ConversationOutput::of).toList(),
        v.deletedConversationIds().stream().map(UUID::toString).toList(),
        Timestamps.format(v.timestamp()),
        Long.toString(v.cursor()),
        v.hasMore());
  }
}
