package dev.chatinbox.core.application.user;

import dev.chatinbox.core.support.TestDatabase;

/** The user directory on PostgreSQL. */
class UserDirectoryServicePostgresTest extends UserDirectoryServiceContractTest {
  @Override
  TestDatabase database() throws Exception {
    return TestDatabase.postgres();
  }
}
