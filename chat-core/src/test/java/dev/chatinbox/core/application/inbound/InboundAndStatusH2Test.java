package dev.chatinbox.core.application.inbound;

import dev.chatinbox.core.support.TestDatabase;

class InboundAndStatusH2Test extends InboundAndStatusContractTest {
  @Override
  TestDatabase database() throws Exception {
    return TestDatabase.h2();
  }
}
