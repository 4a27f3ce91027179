package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spec 2.1: message history with page, pageSize, before, after and hasMore. */
class MessageHistoryIT {
  private static final String M = Seed.marker();
  private static final Instant T0 = Instant.parse("2026-10-01T10:00:00Z");
  private static String token;
  private static UUID conversation;
  private static UUID userId;

  @BeforeAll
  static void seed() throws Exception {
    try (Seed seed = new Seed()) {
      userId = seed.user("hist-" + M, "Historian " + M, "USER");
      UUID contact = seed.contact("History Contact " + M, "+14155550222", null, userId);
      conversation = seed.conversation(contact, "SMS", 0, false, T0.minus(1, ChronoUnit.DAYS));
      for (int i = 1; i <= 5; i++) {
        boolean fromContact = i % 2 == 1;
        seed.message(
            conversation,
            "SMS",
            fromContact ? "contact" : "user",
            fromContact ? null : userId,
            "message " + i,
            T0.plus(i, ChronoUnit.MINUTES),
            fromContact ? null : "delivered");
      }
    }
    token = Tokens.token("hist-" + M, "USER");
  }

  private static Api.Response history(String query) {
    return Api.get(
        "/api/v1/conversations/"
            + conversation
            + "/messages"
            + (query.isEmpty() ? "" : "?" + query),
        token);
  }

  private static List<String> bodies(Api.Response response) {
    assertEquals(200, response.status(), response::toString);
    return response.data().getJsonArray("data").stream()
        .map(v -> v.asJsonObject().getString("message"))
        .toList();
  }

  private static String at(int minute) {
    return URLEncoder.encode(
        T0.plus(minute, ChronoUnit.MINUTES).toString(), StandardCharsets.UTF_8);
  }

  @Test
  void newestFirstWithTotalsAndHasMore() {
    Api.Response all = history("");
    assertEquals(
        List.of("message 5", "message 4", "message 3", "message 2", "message 1"), bodies(all));
    JsonObject meta = all.data().getJsonObject("meta");
    assertEquals(5, meta.getInt("total"));
    assertEquals(false, meta.getBoolean("hasMore"));

    Api.Response page1 = history("pageSize=2");
    assertEquals(List.of("message 5", "message 4"), bodies(page1));
    assertEquals(true, page1.data().getJsonObject("meta").getBoolean("hasMore"));
    Api.Response page3 = history("pageSize=2&page=3");
    assertEquals(List.of("message 1"), bodies(page3));
    assertEquals(false, page3.data().getJsonObject("meta").getBoolean("hasMore"));
    Api.Response page2 = history("pageSize=2&page=2");
    assertEquals(true, page2.data().getJsonObject("meta").getBoolean("hasMore"));
    Api.Response exact = history("pageSize=5");
    assertEquals(
        false,
        exact.data().getJsonObject("meta").getBoolean("hasMore"),
        "exactly one full page: nothing more");
  }

  @Test
  void beforeAndAfterAreExclusiveBounds() {
    assertEquals(List.of("message 2", "message 1"), bodies(history("before=" + at(3))));
    assertEquals(List.of("message 5", "message 4"), bodies(history("after=" + at(3))));
    assertEquals(
        List.of("message 4", "message 3"), bodies(history("after=" + at(2) + "&before=" + at(5))));
    Api.Response paged = history("before=" + at(5) + "&pageSize=2");
    assertEquals(List.of("message 4", "message 3"), bodies(paged));
    assertEquals(true, paged.data().getJsonObject("meta").getBoolean("hasMore"));
    assertEquals(4, paged.data().getJsonObject("meta").getInt("total"));
    assertEquals(
        List.of("message 2"),
        bodies(
            history(
                "before="
                    + URLEncoder.encode("2026-10-01T12:03:00+02:00", StandardCharsets.UTF_8)
                    + "&after="
                    + at(1))),
        "offsets honoured");
  }

  @Test
  void messageOutputHasTheSpecShape() {
    JsonObject newest = history("pageSize=1").data().getJsonArray("data").getJsonObject(0);
    assertEquals(conversation.toString(), newest.getString("conversationId"));
    assertEquals("contact", newest.getString("senderType"));
    assertEquals("History Contact " + M, newest.getString("sender"));
    assertEquals("SMS", newest.getString("channel"));
    assertEquals("2026-10-01T10:05:00.000Z", newest.getString("timestamp"));
    JsonObject team = history("pageSize=1&page=2").data().getJsonArray("data").getJsonObject(0);
    assertEquals("user", team.getString("senderType"));
    assertEquals(userId.toString(), team.getString("sender"));
    assertEquals("delivered", team.getString("status"));
  }

  @Test
  void badParametersAre400NamingTheField() {
    for (String[] c :
        new String[][] {
          {"before=yesterday", "before"},
          {"after=2026-13-01T00:00:00Z", "after"},
          {"after=" + at(4) + "&before=" + at(2), "after"},
          {"pageSize=201", "pageSize"},
          {"page=0", "page"}
        }) {
      Api.Response response = history(c[0]);
      assertEquals(400, response.status(), c[0] + " -> " + response);
      assertTrue(response.contentType().startsWith("application/problem+json"));
      assertEquals(
          c[1], response.json().getJsonArray("errors").getJsonObject(0).getString("field"), c[0]);
    }
  }

  @Test
  void invisibleConversationIs404() {
    Api.Response response =
        Api.get(
            "/api/v1/conversations/" + conversation + "/messages",
            Tokens.token("nosy-" + M, "USER"));
    assertEquals(404, response.status());
    assertEquals("/problems/not-found", response.json().getString("type"));
  }
}
