package dev.chatinbox.core.application.conversation;

import dev.chatinbox.core.support.TestDatabase;

/** The conversation read side on PostgreSQL. */
class ConversationServicePostgresTest extends ConversationServiceContractTest {
  @org.junit.jupiter.api.Test
  void searchFindsMisspeltNamesByTrigramSimilarity() {
    var found = searchIds("Garciaa");
    org.junit.jupiter.api.Assertions.assertTrue(
        found.size() >= 2, "Garciaa finds Maria Garcia: " + found);
    org.junit.jupiter.api.Assertions.assertTrue(
        searchIds("Secrett").size() >= 1, "Secrett finds Sam Secret");
  }

  @Override
  TestDatabase database() throws Exception {
    return TestDatabase.postgres();
  }
}
