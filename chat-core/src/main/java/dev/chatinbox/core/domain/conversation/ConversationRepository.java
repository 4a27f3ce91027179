package dev.chatinbox.core.domain.conversation;

import dev.chatinbox.core.domain.shared.Channel;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of conversations. */
public interface ConversationRepository {
  /** The conversation if it exists and {@code visibility} allows it. */
  Optional<Conversation> find(UUID id, Visibility visibility);

  /**
   * The conversation, row-locked until the transaction ends: for background writers (the outbox,
   * several nodes at once) that must not lose their update to a concurrent one.
   */
  Optional<Conversation> lock(UUID id);

  /**
   * The conversation if it exists and {@code visibility} allows it, row-locked until the
   * transaction ends — one statement for a writer of the conversation's row that must also check
   * the caller may see it (a send).
   */
  Optional<Conversation> lockVisible(UUID id, Visibility visibility);

  /** Conversations with these ids, in one query, whoever may see them. */
  List<Conversation> findAll(Collection<UUID> ids);

  Optional<Conversation> findByContactAndChannel(UUID contactId, Channel channel);

  /** Every conversation of a contact (one per channel at most). */
  java.util.List<Conversation> ofContact(UUID contactId);

  /**
   * How many of the newest messages matching a search text are looked at, at most (PostgreSQL): a
   * conversation found by its messages only is found when one of these is in it.
   */
  int NEWEST_MESSAGE_MATCHES = 500;

  /**
   * Visible conversations matching the criteria whose contact (name, username, emails, phones) or
   * message text matches {@code criteria.search()}, best match first, at most {@code limit}. On
   * PostgreSQL message text is matched in the {@value #NEWEST_MESSAGE_MATCHES} newest matching
   * messages only, so that a common word costs no more than a rare one.
   *
   * @param timeLimit how long the database may take (PostgreSQL; the embedded database has no
   *     limit)
   * @throws dev.chatinbox.core.domain.shared.TemporarilyUnavailableException when the database gave
   *     up after {@code timeLimit}
   */
  java.util.List<Conversation> search(
      ConversationCriteria criteria, Visibility visibility, int limit, Duration timeLimit);

  void store(Conversation conversation);

  void delete(Conversation conversation);
}
