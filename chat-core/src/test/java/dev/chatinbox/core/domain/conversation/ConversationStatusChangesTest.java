package dev.chatinbox.core.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.core.domain.shared.Channel;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The status rules of a conversation (#18): what changes, what is recorded, what reopens. */
class ConversationStatusChangesTest {
  private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
  private static final UUID BOB = UUID.randomUUID();

  private static Conversation conversation() {
    return new Conversation(UUID.randomUUID(), UUID.randomUUID(), Channel.SMS, T0);
  }

  @Test
  void aNewConversationIsOpen() {
    assertEquals(ConversationStatus.OPEN, conversation().status());
  }

  @Test
  void aChangeIsReportedWithWhoAndWhyAndTheSameStatusAgainIsNone() {
    Conversation c = conversation();
    StatusChange change =
        c.changeStatus(
                ConversationStatus.RESOLVED,
                Optional.empty(),
                Optional.of(BOB),
                StatusChangeCause.USER,
                T0.plusSeconds(1))
            .orElseThrow();
    assertEquals(Optional.of(ConversationStatus.OPEN), change.from());
    assertEquals(ConversationStatus.RESOLVED, change.to());
    assertEquals(Optional.of(BOB), change.changedBy());
    assertTrue(
        c.changeStatus(
                ConversationStatus.RESOLVED,
                Optional.empty(),
                Optional.of(BOB),
                StatusChangeCause.USER,
                T0.plusSeconds(2))
            .isEmpty());
  }

  @Test
  void anInboundMessageReopensResolvedAndSnoozedButNotPending() {
    Conversation resolved = conversation();
    resolved.changeStatus(
        ConversationStatus.RESOLVED,
        Optional.empty(),
        Optional.of(BOB),
        StatusChangeCause.USER,
        T0);
    assertEquals(StatusChangeCause.INBOUND, resolved.reopenOnInbound(T0).orElseThrow().cause());
    assertEquals(ConversationStatus.OPEN, resolved.status());

    Conversation snoozed = conversation();
    snoozed.changeStatus(
        ConversationStatus.SNOOZED,
        Optional.of(T0.plusSeconds(60)),
        Optional.of(BOB),
        StatusChangeCause.USER,
        T0);
    assertTrue(snoozed.reopenOnInbound(T0).isPresent());
    assertTrue(snoozed.snoozedUntil().isEmpty());

    Conversation pending = conversation();
    pending.changeStatus(
        ConversationStatus.PENDING, Optional.empty(), Optional.of(BOB), StatusChangeCause.USER, T0);
    assertTrue(pending.reopenOnInbound(T0).isEmpty());
    assertEquals(ConversationStatus.PENDING, pending.status());
  }

  @Test
  void aSnoozeWakesOnlyOnceItIsDue() {
    Conversation c = conversation();
    c.changeStatus(
        ConversationStatus.SNOOZED,
        Optional.of(T0.plusSeconds(60)),
        Optional.of(BOB),
        StatusChangeCause.USER,
        T0);
    assertTrue(c.wake(T0.plusSeconds(59)).isEmpty());
    assertEquals(StatusChangeCause.WAKE, c.wake(T0.plusSeconds(60)).orElseThrow().cause());
    assertTrue(c.wake(T0.plusSeconds(61)).isEmpty(), "woken once");
  }

  @Test
  void assignmentReportsWhetherItChanged() {
    Conversation c = conversation();
    assertTrue(c.assignTo(Optional.of(BOB), T0));
    assertTrue(!c.assignTo(Optional.of(BOB), T0));
    assertTrue(c.assignTo(Optional.empty(), T0));
    assertEquals(Optional.empty(), c.assigneeId());
  }
}
