package dev.chatinbox.core.application.action;

import dev.chatinbox.core.support.TestDatabase;

/** Manual actions on PostgreSQL. */
class ManualActionServicePostgresTest extends ManualActionServiceContractTest {
  @Override
  TestDatabase database() throws Exception {
    return TestDatabase.postgres();
  }
}
