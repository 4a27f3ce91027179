package dev.chatinbox.api.events;

import dev.chatinbox.api.rest.conversation.ConversationOutput;
import dev.chatinbox.api.rest.message.MessageOutput;
import dev.chatinbox.api.rest.note.MentionOutput;
import dev.chatinbox.core.application.view.FeedEvent;
import java.util.Map;

/**
 * The {@code data} of an event: the spec's {@code MessageOutput} or {@code ConversationOutput}, or
 * {@code {id}} for a deletion. One definition for the WebSocket frames, webhooks and {@code GET
 * /events}, so that the three always agree.
 */
public final class EventData {
  private EventData() {}

  public static Object of(FeedEvent event) {
    return switch (event.type()) {
      case NEW_MESSAGE, MESSAGE_STATUS -> MessageOutput.of(event.message().orElseThrow());
      case CONVERSATION_UPDATE -> ConversationOutput.of(event.conversation().orElseThrow());
      case CONVERSATION_DELETED -> Map.of("id", event.conversationId().toString());
      case MENTION -> MentionOutput.of(event.mention().orElseThrow());
    };
  }
}
