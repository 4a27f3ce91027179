package dev.chatinbox.core.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversationCursorTest {
  @Test
  void tokenRoundTripsToTheNanosecondAndIsUrlSafe() {
    ConversationCursor cursor =
        new ConversationCursor(Instant.parse("2026-11-25T12:00:00.123456789Z"), UUID.randomUUID());
    String token = cursor.encode();
    assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
    assertEquals(cursor, ConversationCursor.decode(token));
  }

  @Test
  void anythingElseIsRefused() {
    String foreign =
        Base64.getUrlEncoder()
            .encodeToString("x1:1:2:00000000-0000-0000-0000-000000000000".getBytes());
    for (String bad : new String[] {"", "not base64!", foreign, "YzE6MTox", "a".repeat(121)}) {
      assertThrows(IllegalArgumentException.class, () -> ConversationCursor.decode(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> ConversationCursor.decode(null));
  }
}
