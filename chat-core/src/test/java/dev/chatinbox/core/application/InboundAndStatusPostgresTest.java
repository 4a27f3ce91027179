package dev.chatinbox.core.application;

import dev.chatinbox.core.support.TestDatabase;

class InboundAndStatusPostgresTest extends InboundAndStatusContractTest {
  @Override
  TestDatabase database() throws Exception {
    return TestDatabase.postgres();
  }
}
