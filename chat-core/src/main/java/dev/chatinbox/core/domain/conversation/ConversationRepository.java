package dev.chatinbox.core.domain.conversation;

import dev.chatinbox.core.domain.shared.Channel;
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

  void store(Conversation conversation);

  /** Writes pending changes now (before SQL that refers to a new conversation's row). */
  void flush();

  /** Stores a status change (in the transaction that makes it). */
  void recordStatusChange(StatusChange change);

  /**
   * Snoozed conversations whose snooze has ended at {@code now}, at most {@code limit}, row-locked
   * and skipped when another node holds them ({@code FOR UPDATE SKIP LOCKED}): each wakes once.
   */
  List<Conversation> claimDueSnoozes(java.time.Instant now, int limit);

  void delete(Conversation conversation);
}
