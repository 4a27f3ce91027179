package dev.chatinbox.core.domain.message;

import static dev.chatinbox.core.domain.message.MessageStatus.CANCELLED;
import static dev.chatinbox.core.domain.message.MessageStatus.DELIVERED;
import static dev.chatinbox.core.domain.message.MessageStatus.FAILED;
import static dev.chatinbox.core.domain.message.MessageStatus.QUEUED;
import static dev.chatinbox.core.domain.message.MessageStatus.READ;
import static dev.chatinbox.core.domain.message.MessageStatus.SCHEDULED;
import static dev.chatinbox.core.domain.message.MessageStatus.SENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Status only moves forward: scheduled &lt; queued &lt; sent &lt; delivered &lt; read; failed and
 * cancelled are final and reachable from any non-final status except read; read accepts nothing.
 */
class MessageStatusTest {
  /** The forward order of the non-final statuses. */
  private static final List<MessageStatus> PROGRESS =
      List.of(SCHEDULED, QUEUED, SENT, DELIVERED, READ);

  @Test
  void movesForwardAlongTheProgression() {
    for (int from = 0; from < PROGRESS.size(); from++) {
      for (int to = 0; to < PROGRESS.size(); to++) {
        assertEquals(
            to > from,
            PROGRESS.get(from).canMoveTo(PROGRESS.get(to)),
            PROGRESS.get(from) + " -> " + PROGRESS.get(to));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"SCHEDULED", "QUEUED", "SENT", "DELIVERED"})
  void unfinishedStatusesMayFailOrBeCancelled(MessageStatus status) {
    assertTrue(status.canMoveTo(FAILED));
    assertTrue(status.canMoveTo(CANCELLED));
  }

  @Test
  void readAcceptsNoLaterStatusNotEvenFailed() {
    for (MessageStatus next : MessageStatus.values()) {
      assertFalse(READ.canMoveTo(next), "read -> " + next);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"FAILED", "CANCELLED"})
  void finalStatusesNeverChange(MessageStatus status) {
    assertTrue(status.isFinal());
    for (MessageStatus next : MessageStatus.values()) {
      assertFalse(status.canMoveTo(next), status + " -> " + next);
    }
  }

  @Test
  void onlyFailedAndCancelledAreFinal() {
    Set<MessageStatus> finals = EnumSet.noneOf(MessageStatus.class);
    for (MessageStatus status : MessageStatus.values()) {
      if (status.isFinal()) {
        finals.add(status);
      }
    }
    assertEquals(EnumSet.of(FAILED, CANCELLED), finals);
  }

  @ParameterizedTest
  @EnumSource(MessageStatus.class)
  void aStatusDoesNotMoveToItself(MessageStatus status) {
    assertFalse(status.canMoveTo(status));
  }

  @ParameterizedTest
  @EnumSource(MessageStatus.class)
  void wireNamesAreLowerCaseAndParseBack(MessageStatus status) {
    assertEquals(status.name().toLowerCase(java.util.Locale.ROOT), status.wireName());
    assertEquals(Optional.of(status), MessageStatus.fromWireName(status.wireName()));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "SENT", "Delivered", "undelivered", "accepted", " queued"})
  void unknownWireNamesAreEmpty(String value) {
    assertEquals(Optional.empty(), MessageStatus.fromWireName(value));
  }
}
