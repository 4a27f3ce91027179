package dev.chatinbox.core.application.outbox;

import dev.chatinbox.core.support.TestDatabase;

/** Scheduled send on PostgreSQL (production). */
class ScheduledSendPostgresTest extends ScheduledSendContractTest {
  @Override
  TestDatabase database() throws Exception {
    return TestDatabase.postgres();
  }
}
