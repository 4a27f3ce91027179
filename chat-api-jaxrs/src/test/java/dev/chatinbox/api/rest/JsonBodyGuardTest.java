package dev.chatinbox.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatinbox.core.domain.shared.FieldViolation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the JSON body guard refuses, and the field it names. */
class JsonBodyGuardTest {
  private static List<FieldViolation> check(String json) {
    return JsonBodyGuard.check(json.getBytes(StandardCharsets.UTF_8), true);
  }

  private static String field(String json) {
    List<FieldViolation> violations = check(json);
    assertEquals(1, violations.size(), json);
    return violations.get(0).field();
  }

  @Test
  void ordinaryBodiesPass() {
    assertEquals(
        List.of(),
        check("{\"message\":\"hi\",\"tags\":[\"a\",\"b\"],\"unreadCount\":0,\"x\":{\"y\":[1.5]}}"));
    assertEquals(List.of(), check("{\"cut\":")); // malformed: left to the binding
  }

  @Test
  void nulCharactersAreNamedByTheirPath() {
    assertEquals("message", field("{\"message\":\"a\\u0000b\"}"));
    assertEquals("tags[1]", field("{\"tags\":[\"ok\",\"b\\u0000\"]}"));
    assertEquals("a.b[0].c", field("{\"a\":{\"b\":[{\"c\":\"\\u0000\"}]}}"));
    assertEquals("[2]", field("[\"x\",1,\"\\u0000\"]"));
  }

  @Test
  void deepNestingAndHugeNumbersAreRefused() {
    assertEquals(1, check("[".repeat(33) + "]".repeat(33)).size());
    assertEquals(1, check("{\"tags\":" + "[".repeat(1200) + "]".repeat(1200) + "}").size());
    assertEquals(List.of(), check("[".repeat(32) + "]".repeat(32)));
    assertEquals("unreadCount", field("{\"unreadCount\":" + "9".repeat(5000) + "}"));
    assertEquals("unreadCount", field("{\"unreadCount\":1e999999999}"));
    assertEquals("n", field("{\"n\":1e-999999999}"));
  }

  @Test
  void onlyDepthAndUnreadableNumbersAreCheckedForRawBodies() {
    byte[] nul = "[{\"a\":\"\\u0000\",\"n\":1e999999}]".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of(), JsonBodyGuard.check(nul, false));
    byte[] deep = ("[" + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "]").getBytes();
    assertEquals(1, JsonBodyGuard.check(deep, false).size());
    byte[] unreadable = ("[{\"n\":" + "9".repeat(5000) + "}]").getBytes(StandardCharsets.UTF_8);
    assertEquals("[0].n", JsonBodyGuard.check(unreadable, false).get(0).field());
  }
}
