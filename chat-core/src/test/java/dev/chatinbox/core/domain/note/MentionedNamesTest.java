package dev.chatinbox.core.domain.note;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionedNamesTest {
  @Test
  void namesAreFoundOnceLowerCasedInOrder() {
    assertEquals(
        List.of("carol", "bob.smith", "eve_2"),
        List.copyOf(MentionedNames.in("@Carol, ask @bob.smith. Then @eve_2 and @CAROL again")));
  }

  @Test
  void addressesAndBareSignsNameNobody() {
    assertEquals(List.of(), List.copyOf(MentionedNames.in("mail bob@example.com or @ him, x@y")));
    assertEquals(List.of("ann"), List.copyOf(MentionedNames.in("(@ann-) ok")));
  }
}
