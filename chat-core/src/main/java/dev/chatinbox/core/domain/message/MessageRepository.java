package dev.chatinbox.core.domain.message;

import dev.chatinbox.core.domain.shared.Page;
import dev.chatinbox.core.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of messages. */
public interface MessageRepository {
  Optional<Message> find(UUID id);

  /** Messages with these ids, in one query. */
  List<Message> findAll(Collection<UUID> ids);

  /** One page of a conversation's history, newest first. */
  Page<Message> history(UUID conversationId, MessageCriteria criteria, PageRequest page);

  void store(Message message);

  /** Attachments of these messages, in one query. */
  List<MessageAttachment> attachmentsOf(Collection<UUID> messageIds);

  void store(MessageAttachment attachment);
}
