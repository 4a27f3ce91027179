package dev.chatinbox.core.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The list filter's wire names are lower case and parse ignoring case and surrounding spaces. */
class ConversationFilterTest {
  @ParameterizedTest
  @EnumSource(ConversationFilter.class)
  void wireNamesParseBack(ConversationFilter filter) {
    assertEquals(filter.name().toLowerCase(java.util.Locale.ROOT), filter.wireName());
    assertEquals(Optional.of(filter), ConversationFilter.fromWireName(filter.wireName()));
  }

  @ParameterizedTest
  @CsvSource({"ALL, ALL", "Unread, UNREAD", "' recents ', RECENTS", "STARRED, STARRED"})
  void parsingIgnoresCaseAndSpaces(String value, ConversationFilter expected) {
    assertEquals(Optional.of(expected), ConversationFilter.fromWireName(value));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "recent", "read", "starred,unread"})
  void unknownValuesAreEmpty(String value) {
    assertEquals(Optional.empty(), ConversationFilter.fromWireName(value));
  }
}
