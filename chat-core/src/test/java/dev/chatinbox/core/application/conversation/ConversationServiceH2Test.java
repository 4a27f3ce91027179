package dev.chatinbox.core.application.conversation;

import dev.chatinbox.core.support.TestDatabase;

/** The conversation read side on the embedded default's H2 (PostgreSQL mode). */
class ConversationServiceH2Test extends ConversationServiceContractTest {
  @Override
  TestDatabase database() throws Exception {
    return TestDatabase.h2();
  }
}
