package dev.chatinbox.core.application;

import dev.chatinbox.core.support.TestDatabase;

class InboundAndStatusH2Test extends InboundAndStatusContractTest {
  @Override
  TestDatabase database() throws Exception {
    return TestDatabase.h2();
  }
}
