package dev.chatinbox.core.domain.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ManualActionTest {
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant T1 = T0.plus(Duration.ofHours(1));
  private static final Instant T2 = T0.plus(Duration.ofHours(2));
  private static final UUID CONVERSATION = UUID.randomUUID();
  private static final UUID CREATOR = UUID.randomUUID();

  private static ManualAction action() {
    return new ManualAction(
        UUID.randomUUID(),
        CONVERSATION,
        "  Call back about the refund  ",
        Optional.empty(),
        CREATOR,
        T0);
  }

  @Test
  void aNewActionIsPendingUnassignedAndOpen() {
    ManualAction a = action();
    assertEquals(ManualActionStatus.PENDING, a.status());
    assertEquals("Call back about the refund", a.action(), "description is trimmed");
    assertEquals(Optional.empty(), a.assignedTo());
    assertEquals(Optional.of(CREATOR), a.createdBy());
    assertEquals(T0, a.createdAt());
    assertEquals(Optional.empty(), a.completedAt());
  }

  @Test
  void completingStampsCompletedAt() {
    ManualAction a = action();
    assertTrue(a.changeStatus(ManualActionStatus.COMPLETED, T1));
    assertEquals(ManualActionStatus.COMPLETED, a.status());
    assertEquals(Optional.of(T1), a.completedAt());
  }

  @Test
  void failingClosesTheActionToo() {
    ManualAction a = action();
    a.changeStatus(ManualActionStatus.FAILED, T1);
    assertEquals(Optional.of(T1), a.completedAt());
  }

  @Test
  void theSameStatusAgainChangesNothingAndKeepsTheFirstStamp() {
    ManualAction a = action();
    a.changeStatus(ManualActionStatus.COMPLETED, T1);
    assertFalse(a.changeStatus(ManualActionStatus.COMPLETED, T2));
    assertEquals(Optional.of(T1), a.completedAt());
    assertFalse(action().changeStatus(ManualActionStatus.PENDING, T1));
  }

  @Test
  void reopeningClearsCompletedAt() {
    ManualAction a = action();
    a.changeStatus(ManualActionStatus.COMPLETED, T1);
    assertTrue(a.changeStatus(ManualActionStatus.PENDING, T2));
    assertEquals(ManualActionStatus.PENDING, a.status());
    assertEquals(Optional.empty(), a.completedAt());
  }

  @Test
  void movingFromCompletedToFailedRestampsTheClosingTime() {
    ManualAction a = action();
    a.changeStatus(ManualActionStatus.COMPLETED, T1);
    assertTrue(a.changeStatus(ManualActionStatus.FAILED, T2));
    assertEquals(Optional.of(T2), a.completedAt());
  }

  @Test
  void assigningAndUnassigning() {
    ManualAction a = action();
    UUID someone = UUID.randomUUID();
    a.assignTo(Optional.of(someone));
    assertEquals(Optional.of(someone), a.assignedTo());
    a.assignTo(Optional.empty());
    assertEquals(Optional.empty(), a.assignedTo());
  }

  @Test
  void theDescriptionMustBeOneToAThousandCharacters() {
    assertThrows(IllegalArgumentException.class, () -> ManualAction.requireDescription(null));
    assertThrows(IllegalArgumentException.class, () -> ManualAction.requireDescription("   "));
    assertThrows(
        IllegalArgumentException.class,
        () -> ManualAction.requireDescription("x".repeat(ManualAction.MAX_ACTION_LENGTH + 1)));
    assertEquals("x".repeat(1000), ManualAction.requireDescription("x".repeat(1000)));
    assertEquals("a", ManualAction.requireDescription(" a "));
  }

  @Test
  void aBlankDescriptionCannotBeStored() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ManualAction(UUID.randomUUID(), CONVERSATION, "", Optional.empty(), CREATOR, T0));
  }
}
