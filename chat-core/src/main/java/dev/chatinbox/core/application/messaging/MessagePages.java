package dev.chatinbox.core.application.messaging;

import dev.chatinbox.core.application.view.MessageView;
import dev.chatinbox.core.domain.conversation.Visibility;
import dev.chatinbox.core.domain.message.MessageCriteria;
import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The read model behind a conversation's history: the conversation checked for visibility with its
 * contact's name in one query, then a page of messages with their attachments, as views — a fixed
 * number of statements whatever the page size, no managed entities.
 */
public interface MessagePages {
  /**
   * The full name of the conversation's contact (the sender shown on its messages), if the
   * conversation exists and {@code visibility} lets a reader see it.
   */
  Optional<String> visibleContactName(UUID conversationId, Visibility visibility);

  /**
   * The messages, by id (unknown ids are left out), their contact's messages showing as sender the
   * name {@code contactName} gives for their conversation.
   */
  Map<UUID, MessageView> views(
      Collection<UUID> messageIds, Function<UUID, String> contactNameOfConversation);

  /**
   * A message's carrier events, oldest first, if the message exists and its conversation is
   * visible; empty otherwise.
   */
  Optional<List<dev.chatinbox.core.application.view.MessageEventView>> visibleEvents(
      UUID messageId, Visibility visibility);

  /** One page of the conversation's messages, newest first. */
  Page<MessageView> page(
      UUID conversationId, String contactName, MessageCriteria criteria, PageRequest page);
}
