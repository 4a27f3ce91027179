package dev.chatinbox.core.application.action;

import dev.chatinbox.core.support.TestDatabase;

/** Manual actions on the embedded default's H2 (PostgreSQL mode). */
class ManualActionServiceH2Test extends ManualActionServiceContractTest {
  @Override
  TestDatabase database() throws Exception {
    return TestDatabase.h2();
  }
}
