package dev.chatinbox.core.application.user;

import dev.chatinbox.core.support.TestDatabase;

/** The user directory on the embedded default's H2 (PostgreSQL mode). */
class UserDirectoryServiceH2Test extends UserDirectoryServiceContractTest {
  @Override
  TestDatabase database() throws Exception {
    return TestDatabase.h2();
  }
}
