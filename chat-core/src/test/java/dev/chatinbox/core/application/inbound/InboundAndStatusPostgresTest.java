package dev.chatinbox.core.application.inbound;

import dev.chatinbox.core.support.TestDatabase;

class InboundAndStatusPostgresTest extends InboundAndStatusContractTest {
  @Override
  TestDatabase database() throws Exception {
    return TestDatabase.postgres();
  }
}
