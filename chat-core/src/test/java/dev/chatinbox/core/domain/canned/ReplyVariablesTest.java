package dev.chatinbox.core.domain.canned;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyVariablesTest {
  @Test
  void unknownNamesAreListedOnce() {
    assertEquals(
        List.of("order.id", "agent.nam"),
        List.copyOf(
            ReplyVariables.unknownIn(
                "{{contact.firstName}} {{ order.id }} {{agent.nam}} {{order.id}} {{ agent.name }}")));
  }

  @Test
  void knownNamesAreFilledAndMissingValuesAreEmpty() {
    assertEquals(
        "Hi Ann ($1), Bob: ",
        ReplyVariables.render(
            "Hi {{contact.firstName}} ($1), {{ agent.name }}: {{contact.fullName}}",
            Map.of(ReplyVariables.CONTACT_FIRST_NAME, "Ann", ReplyVariables.AGENT_NAME, "Bob")));
    assertEquals("Ann", ReplyVariables.firstName("  Ann  Lee "));
    assertEquals("", ReplyVariables.firstName(null));
  }
}
