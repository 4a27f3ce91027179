package dev.chatinbox.core.application;

import dev.chatinbox.core.support.TestDatabase;

/** The conversation read side on PostgreSQL. */
class ConversationServicePostgresTest extends ConversationServiceContractTest {
  @Override
  TestDatabase database() throws Exception {
    return TestDatabase.postgres();
  }
}
