package dev.chatinbox.core.application.outbox;

import dev.chatinbox.core.support.TestDatabase;

/** Scheduled send on the embedded default's H2 (PostgreSQL mode). */
class ScheduledSendH2Test extends ScheduledSendContractTest {
  @Override
  TestDatabase database() throws Exception {
    return TestDatabase.h2();
  }
}
