package dev.chatinbox.core.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A conversation's last message only moves forward in time, messages from the contact count as
 * unread, the unread count a client sets stays within 0..MAX_UNREAD, and starring is kept.
 */
class ConversationTest {
  private static final Instant CREATED = Instant.parse("2026-11-20T09:00:00Z");

  private static Instant at(int hours) {
    return CREATED.plus(Duration.ofHours(hours));
  }

  private static Conversation conversation() {
    return new Conversation(Ids.newId(), Ids.newId(), Channel.SMS, CREATED);
  }

  @Test
  void newConversationSortsByItsCreationAndHasNothingUnread() {
    UUID id = Ids.newId();
    UUID contact = Ids.newId();
    Conversation conversation = new Conversation(id, contact, Channel.WHATSAPP, CREATED);
    assertEquals(id, conversation.id());
    assertEquals(contact, conversation.contactId());
    assertEquals(Channel.WHATSAPP, conversation.channel());
    assertEquals(CREATED, conversation.sortAt());
    assertEquals(CREATED, conversation.createdAt());
    assertEquals(CREATED, conversation.updatedAt());
    assertEquals(Optional.empty(), conversation.lastMessageId());
    assertEquals(Optional.empty(), conversation.lastMessageAt());
    assertEquals(0, conversation.unreadCount());
    assertFalse(conversation.starred());
  }

  @Test
  void requiresIdContactAndChannel() {
    assertThrows(
        NullPointerException.class,
        () -> new Conversation(null, Ids.newId(), Channel.SMS, CREATED));
    assertThrows(
        NullPointerException.class,
        () -> new Conversation(Ids.newId(), null, Channel.SMS, CREATED));
    assertThrows(
        NullPointerException.class,
        () -> new Conversation(Ids.newId(), Ids.newId(), null, CREATED));
  }

  @Test
  void aNewerMessageBecomesTheLastAndMovesTheSortKey() {
    Conversation conversation = conversation();
    UUID first = Ids.newId();
    UUID second = Ids.newId();
    conversation.recordMessage(first, at(1), true, at(1));
    assertEquals(Optional.of(first), conversation.lastMessageId());
    assertEquals(Optional.of(at(1)), conversation.lastMessageAt());
    assertEquals(at(1), conversation.sortAt());
    conversation.recordMessage(second, at(2), false, at(2));
    assertEquals(Optional.of(second), conversation.lastMessageId());
    assertEquals(Optional.of(at(2)), conversation.lastMessageAt());
    assertEquals(at(2), conversation.sortAt());
    assertEquals(at(2), conversation.updatedAt());
  }

  @Test
  void anOlderMessageDoesNotMoveTheLastMessageBack() {
    Conversation conversation = conversation();
    UUID latest = Ids.newId();
    conversation.recordMessage(latest, at(5), false, at(5));
    conversation.recordMessage(Ids.newId(), at(3), true, at(6)); // a late import
    assertEquals(Optional.of(latest), conversation.lastMessageId());
    assertEquals(Optional.of(at(5)), conversation.lastMessageAt());
    assertEquals(at(5), conversation.sortAt());
    assertEquals(
        1, conversation.unreadCount(), "the late message from the contact is still unread");
    assertEquals(at(6), conversation.updatedAt());
  }

  @Test
  void aMessageAtTheSameInstantBecomesTheLast() {
    Conversation conversation = conversation();
    conversation.recordMessage(Ids.newId(), at(1), false, at(1));
    UUID same = Ids.newId();
    conversation.recordMessage(same, at(1), false, at(1));
    assertEquals(Optional.of(same), conversation.lastMessageId());
  }

  @Test
  void onlyMessagesFromTheContactCountAsUnread() {
    Conversation conversation = conversation();
    conversation.recordMessage(Ids.newId(), at(1), true, at(1));
    conversation.recordMessage(Ids.newId(), at(2), true, at(2));
    assertEquals(2, conversation.unreadCount());
    conversation.recordMessage(Ids.newId(), at(3), false, at(3));
    assertEquals(2, conversation.unreadCount(), "our own reply is not unread");
  }

  @Test
  void unreadCountStopsAtTheMaximum() {
    Conversation conversation = conversation();
    conversation.setUnreadCount(Conversation.MAX_UNREAD, at(1));
    conversation.recordMessage(Ids.newId(), at(2), true, at(2));
    assertEquals(Conversation.MAX_UNREAD, conversation.unreadCount());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 42, Conversation.MAX_UNREAD})
  void setUnreadCountAcceptsZeroToMax(int count) {
    Conversation conversation = conversation();
    conversation.recordMessage(Ids.newId(), at(1), true, at(1));
    conversation.setUnreadCount(count, at(2));
    assertEquals(count, conversation.unreadCount());
    assertEquals(at(2), conversation.updatedAt());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, Integer.MIN_VALUE, Conversation.MAX_UNREAD + 1, Integer.MAX_VALUE})
  void setUnreadCountRejectsOutOfRange(int count) {
    Conversation conversation = conversation();
    conversation.setUnreadCount(3, at(1));
    assertThrows(IllegalArgumentException.class, () -> conversation.setUnreadCount(count, at(2)));
    assertEquals(3, conversation.unreadCount());
    assertEquals(at(1), conversation.updatedAt());
  }

  @Test
  void starAndUnstar() {
    Conversation conversation = conversation();
    conversation.star(true, at(1));
    assertTrue(conversation.starred());
    assertEquals(at(1), conversation.updatedAt());
    conversation.star(true, at(2));
    assertTrue(conversation.starred());
    conversation.star(false, at(3));
    assertFalse(conversation.starred());
    assertEquals(at(3), conversation.updatedAt());
    assertEquals(CREATED, conversation.sortAt(), "starring is not activity");
  }
}
