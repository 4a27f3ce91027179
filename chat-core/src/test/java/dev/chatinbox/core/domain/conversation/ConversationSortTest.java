package dev.chatinbox.core.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The list order's wire names are lower case and parse ignoring case and surrounding spaces. */
class ConversationSortTest {
  @Test
  void wireNames() {
    assertEquals("latest", ConversationSort.LATEST.wireName());
    assertEquals("oldest", ConversationSort.OLDEST.wireName());
    assertEquals(Optional.of(ConversationSort.LATEST), ConversationSort.fromWireName(" Latest "));
    assertEquals(Optional.of(ConversationSort.OLDEST), ConversationSort.fromWireName("OLDEST"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "newest", "asc", "desc"})
  void unknownValuesAreEmpty(String value) {
    assertEquals(Optional.empty(), ConversationSort.fromWireName(value));
  }
}
