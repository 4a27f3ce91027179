package dev.chatinbox.core.domain.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManualActionStatusTest {
  @Test
  void wireNamesAreTheSpecsLowerCaseNames() {
    assertEquals("pending", ManualActionStatus.PENDING.wireName());
    assertEquals("completed", ManualActionStatus.COMPLETED.wireName());
    assertEquals("failed", ManualActionStatus.FAILED.wireName());
  }

  @Test
  void parsingIgnoresCaseAndSurroundingBlanks() {
    assertEquals(
        Optional.of(ManualActionStatus.COMPLETED), ManualActionStatus.fromWireName("completed"));
    assertEquals(
        Optional.of(ManualActionStatus.FAILED), ManualActionStatus.fromWireName(" FAILED "));
    assertEquals(
        Optional.of(ManualActionStatus.PENDING), ManualActionStatus.fromWireName("Pending"));
  }

  @Test
  void unknownValuesAreNotStatuses() {
    assertEquals(Optional.empty(), ManualActionStatus.fromWireName("done"));
    assertEquals(Optional.empty(), ManualActionStatus.fromWireName(""));
    assertEquals(Optional.empty(), ManualActionStatus.fromWireName(null));
  }

  @Test
  void completedAndFailedAreClosedPendingIsOpen() {
    assertFalse(ManualActionStatus.PENDING.isClosed());
    assertTrue(ManualActionStatus.COMPLETED.isClosed());
    assertTrue(ManualActionStatus.FAILED.isClosed());
  }
}
