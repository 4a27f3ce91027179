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

  /**
   * One page of scheduled sends of conversations {@code visibility} allows, earliest {@code
   * scheduledAt} first.
   */
  Page<Message> scheduled(
      ScheduledMessageCriteria criteria,
      dev.chatinbox.core.domain.conversation.Visibility visibility,
      PageRequest page);

  void store(Message message);

  /** Writes pending changes now, so that rows referring to new ones can follow. */
  void flush();

  /** Attachments of these messages, in one query. */
  List<MessageAttachment> attachmentsOf(Collection<UUID> messageIds);

  void store(MessageAttachment attachment);

  /**
   * The message some carrier knows by this id (a carrier's message id, or an email's Message-ID):
   * ids of different carriers do not collide in practice, and email threading must find a message
   * whichever carrier carried it.
   */
  Optional<Message> findByCarrierId(String carrierMessageId);

  /**
   * The message {@code carrier} knows by this id, its row locked until the transaction ends, so
   * that reports about one message apply one after the other.
   */
  Optional<Message> findByCarrierIdForUpdate(String carrier, String carrierMessageId);

  /**
   * The messages {@code carrier} knows by these ids, in one statement, their rows locked until the
   * transaction ends in the order of their ids (so that two batches never wait for each other in a
   * circle).
   */
  java.util.List<Message> findByCarrierIdsForUpdate(
      String carrier, java.util.Collection<String> carrierMessageIds);

  /**
   * Messages {@code carrier} accepted (status {@code sent}, not sandbox) between {@code
   * acceptedAfter} and {@code acceptedBefore} with no later report, asked about fewer than {@code
   * maxChecks} times and not since {@code checkedBefore}; oldest first, at most {@code limit}.
   */
  List<Message> awaitingStatus(
      String carrier,
      java.time.Instant acceptedAfter,
      java.time.Instant acceptedBefore,
      java.time.Instant checkedBefore,
      int maxChecks,
      int limit);

  /**
   * Takes the next status check of a message unless another node took it since {@code
   * checkedBefore}: records it as checked at {@code now} and counts it.
   *
   * @return whether this caller took it
   */
  boolean claimStatusCheck(UUID messageId, java.time.Instant now, java.time.Instant checkedBefore);

  void store(MessageEvent event);

  /** Which of these carrier reports were recorded before (their event ids), in one statement. */
  java.util.Set<String> recordedEvents(String source, java.util.Collection<String> eventIds);

  /** When the contact last wrote on this conversation, if ever. */
  default Optional<java.time.Instant> lastInboundAt(UUID conversationId) {
    return lastInbound(conversationId).map(Message::occurredAt);
  }

  /** The contact's latest message on this conversation, if any. */
  Optional<Message> lastInbound(UUID conversationId);

  /** Stores an attachment's content (email attachments we send). */
  void storeContent(UUID attachmentId, byte[] content);

  /** The stored content of an attachment, when there is some. */
  Optional<byte[]> content(UUID attachmentId);
}
