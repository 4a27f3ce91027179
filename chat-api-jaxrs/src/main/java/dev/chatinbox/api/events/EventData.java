package dev.chatinbox.api.events;

import dev.chatinbox.api.rest.contact.ContactOutput;
import dev.chatinbox.api.rest.conversation.ConversationOutput;
import dev.chatinbox.api.rest.message.MessageOutput;
import dev.chatinbox.api.rest.note.MentionOutput;
import dev.chatinbox.core.application.view.FeedEvent;
import java.util.Map;

/**
 * The {@code data} of an event: the spec's {@code MessageOutput} when the event carries a message,
 * else its {@code ConversationOutput}, else the directory's {@code ContactOutput} (what {@code GET
 * /contacts/{id}} returns), else {@code {id}} of what was deleted. Decided by what the event
 * carries, not by its type, so a new type needs no line here. One definition for the WebSocket
 * frames, webhooks and {@code GET /events}, so that the three always agree.
 */
public final class EventData {
  private EventData() {}

  public static Object of(FeedEvent event) {
    if (event.mention().isPresent()) {
      return MentionOutput.of(event.mention().get());
    }
    if (event.message().isPresent()) {
      return MessageOutput.of(event.message().get());
    }
    if (event.conversation().isPresent()) {
      return ConversationOutput.of(event.conversation().get());
    }
    if (event.contact().isPresent()) {
      return ContactOutput.of(event.contact().get());
    }
    return Map.of("id", event.conversationId().orElse(event.contactId()).toString());
  }
}
