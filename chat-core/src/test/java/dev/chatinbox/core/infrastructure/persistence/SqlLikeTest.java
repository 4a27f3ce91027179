package dev.chatinbox.core.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LIKE patterns match the user's text literally: %, _ and \ are escaped, the rest is kept. */
class SqlLikeTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "garc          | %garc%",
        "Maria Garcia  | %Maria Garcia%",
        "100%          | %100\\%%",
        "james_100%@   | %james\\_100\\%@%",
        "\\            | %\\\\%",
        "a\\%b         | %a\\\\\\%b%",
        "o'brien       | %o'brien%",
        "[x]*.?+       | %[x]*.?+%",
        "\"\"          | %%"
      })
  void containingEscapesLikeMetacharacters(String text, String pattern) {
    assertEquals(pattern, SqlLike.containing(text));
  }

  @Test
  void escapeClauseDeclaresTheBackslash() {
    assertEquals(" ESCAPE '\\'", SqlLike.ESCAPE_CLAUSE);
  }
}
