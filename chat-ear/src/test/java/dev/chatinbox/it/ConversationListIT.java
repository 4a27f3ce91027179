package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /api/v1/conversations (spec 1.1) over HTTP against the running server and PostgreSQL. */
class ConversationListIT {
  private static final String M = Seed.marker();
  private static String lister;
  private static UUID adaSms;
  private static UUID adaMail;
  private static UUID graceWa;
  private static UUID alanSms;
  private static UUID edsgerSms;

  @BeforeAll
  static void seed() throws Exception {
    Instant now = Instant.now();
    try (Seed seed = new Seed()) {
      String listerSub = "lister-" + M;
      UUID me = seed.user(listerSub, "Lister " + M, "USER");
      UUID other = seed.user("other-" + M, "Other " + M, "USER");
      lister = Tokens.token(listerSub, "USER");

      UUID ada = seed.contact("Ada Lovelace " + M, "+14155550001", "ada." + M + "@example.com", me);
      adaSms = seed.conversation(ada, "SMS", 2, false, now.minus(Duration.ofDays(5)));
      seed.message(
          adaSms,
          "SMS",
          "contact",
          null,
          "Is my order shipped?",
          now.minus(Duration.ofHours(1)),
          null);
      adaMail = seed.conversation(ada, "Email", 0, true, now.minus(Duration.ofDays(5)));
      seed.message(
          adaMail,
          "Email",
          "user",
          me,
          "Your renewal",
          now.minus(Duration.ofHours(2)),
          "delivered");

      UUID grace = seed.contact("Grace Hopper " + M, "+447700900002", null, me);
      graceWa = seed.conversation(grace, "WhatsApp", 0, false, now.minus(Duration.ofDays(50)));
      seed.message(
          graceWa, "WhatsApp", "contact", null, "Old news", now.minus(Duration.ofDays(40)), null);

      UUID alan =
          seed.contact("Alan Turing " + M, "+33612340003", "alan." + M + "@example.org", me);
      alanSms = seed.conversation(alan, "SMS", 0, false, now.minus(Duration.ofDays(3)));

      UUID edsger = seed.contact("Edsger Dijkstra " + M, "+31612340004", null, other);
      seed.follow(edsger, me);
      edsgerSms = seed.conversation(edsger, "SMS", 1, false, now.minus(Duration.ofDays(1)));
      seed.message(
          edsgerSms,
          "SMS",
          "contact",
          null,
          "Goto considered harmful",
          now.minus(Duration.ofMinutes(10)),
          null);

      UUID hidden = seed.contact("Hidden Person " + M, "+12025550005", null, other);
      seed.conversation(hidden, "SMS", 3, true, now.minus(Duration.ofDays(1)));
    }
  }

  private static Api.Response list(String query) {
    return Api.get("/api/v1/conversations" + (query.isEmpty() ? "" : "?" + query), lister);
  }

  private static List<String> ids(Api.Response response) {
    assertEquals(200, response.status(), response::toString);
    return response.data().getJsonArray("data").stream()
        .map(v -> v.asJsonObject().getString("id"))
        .toList();
  }

  private static Set<String> idSet(String query) {
    return Set.copyOf(ids(list(query)));
  }

  private static Set<String> set(UUID... ids) {
    return java.util.Arrays.stream(ids).map(UUID::toString).collect(Collectors.toSet());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void defaultIsAllLatestFirstInTheSpecEnvelope() {
    Api.Response response = list("");
    assertEquals(200, response.status());
    assertTrue(response.contentType().startsWith("application/json"), response.contentType());
    assertEquals(true, response.json().getBoolean("success"));
    assertEquals(
        List.of(
            edsgerSms.toString(),
            adaSms.toString(),
            adaMail.toString(),
            alanSms.toString(),
            graceWa.toString()),
        ids(response));
    JsonObject meta = response.data().getJsonObject("meta");
    assertEquals(5, meta.getInt("total"));
    assertEquals(1, meta.getInt("page"));
    assertEquals(50, meta.getInt("pageSize"));
    assertEquals(1, meta.getInt("totalPages"));
  }

  @Test
  void oldestSortReversesTheOrder() {
    assertEquals(
        List.of(
            graceWa.toString(),
            alanSms.toString(),
            adaMail.toString(),
            adaSms.toString(),
            edsgerSms.toString()),
        ids(list("sort=oldest")));
    assertEquals(ids(list("")), ids(list("sort=latest")));
  }

  @Test
  void everyFilter() {
    assertEquals(set(adaSms, edsgerSms), idSet("filter=unread"));
    assertEquals(set(adaMail), idSet("filter=starred"));
    assertEquals(set(adaSms, adaMail, alanSms, edsgerSms), idSet("filter=recents"));
    assertEquals(set(adaSms, adaMail, graceWa, alanSms, edsgerSms), idSet("filter=all"));
  }

  @Test
  void channelFilterAloneAndWithOtherFilters() {
    assertEquals(set(adaSms, alanSms, edsgerSms), idSet("channel=SMS"));
    assertEquals(set(graceWa), idSet("channel=WhatsApp"));
    assertEquals(set(graceWa), idSet("channel=whatsapp"));
    assertEquals(set(adaMail), idSet("channel=Email"));
    assertEquals(set(adaSms, edsgerSms), idSet("channel=SMS&filter=unread"));
    assertEquals(Set.of(), idSet("channel=Email&filter=unread"));
  }

  @Test
  void searchByNameEmailAndPhone() {
    assertEquals(set(adaSms, adaMail), idSet("search=lovelace"));
    assertEquals(set(adaSms, adaMail), idSet("search=" + enc("ADA." + M)));
    assertEquals(set(alanSms), idSet("search=" + enc("@example.org")));
    assertEquals(set(adaSms, adaMail), idSet("search=" + enc("+1 415 555 0001")));
    assertEquals(set(graceWa), idSet("search=" + enc("7700 900002")));
    assertEquals(set(adaSms), idSet("search=lovelace&channel=SMS"));
    assertEquals(
        Set.of(), idSet("search=" + enc("hidden person " + M)), "not visible to this user");
    assertEquals(Set.of(), idSet("search=" + enc("%")), "LIKE wildcards match literally");
    assertEquals(Set.of(), idSet("search=" + enc("_")));
    assertEquals(Set.of(), idSet("search=" + enc("' OR 1=1 --")));
  }

  @Test
  void pagingEdges() {
    Api.Response first = list("pageSize=2");
    assertEquals(2, ids(first).size());
    assertEquals(3, first.data().getJsonObject("meta").getInt("totalPages"));
    assertEquals(5, first.data().getJsonObject("meta").getInt("total"));

    Api.Response last = list("pageSize=2&page=3");
    assertEquals(List.of(graceWa.toString()), ids(last));

    Api.Response past = list("pageSize=2&page=4");
    assertEquals(List.of(), ids(past));
    assertEquals(5, past.data().getJsonObject("meta").getInt("total"));
    assertEquals(4, past.data().getJsonObject("meta").getInt("page"));

    Api.Response one = list("pageSize=1&page=2");
    assertEquals(List.of(adaSms.toString()), ids(one));
    assertEquals(5, one.data().getJsonObject("meta").getInt("totalPages"));

    assertEquals(5, ids(list("pageSize=200")).size());
  }

  @Test
  void cursorWalksTheListAfterEachPageInOrder() {
    for (String sort : List.of("latest", "oldest")) {
      List<String> walked = new java.util.ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        Api.Response page =
            list(
                "pageSize=2&sort="
                    + sort
                    + (cursor == null ? "" : "&page=" + (pages + 1) + "&cursor=" + enc(cursor)));
        walked.addAll(ids(page));
        JsonObject meta = page.data().getJsonObject("meta");
        assertEquals(5, meta.getInt("total"), "the whole list's total on every page");
        assertEquals(true, meta.getBoolean("totalExact"));
        assertEquals(pages + 1, meta.getInt("page"));
        cursor = meta.containsKey("nextCursor") ? meta.getString("nextCursor") : null;
        pages++;
      } while (cursor != null);
      assertEquals(ids(list("pageSize=50&sort=" + sort)), walked, sort);
      assertEquals(3, pages);
    }
    assertTrue(!list("pageSize=5").data().getJsonObject("meta").containsKey("nextCursor"));
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource({
    "cursor=abc, cursor",
    "cursor=YzE6MTox, cursor",
    "pageSize=201, pageSize",
    "pageSize=0, pageSize",
    "pageSize=abc, pageSize",
    "page=0, page",
    "page=-3, page",
    "page=1.5, page",
    "filter=foo, filter",
    "sort=newest, sort",
    "channel=Fax, channel",
  })
  void badQueryValuesAre400ProblemsNamingTheField(String query, String field) {
    Api.Response response = list(query);
    assertEquals(400, response.status(), response::toString);
    assertTrue(
        response.contentType().startsWith("application/problem+json"), response.contentType());
    JsonObject problem = response.json();
    assertEquals(false, problem.getBoolean("success"));
    assertEquals("/problems/validation", problem.getString("type"));
    assertEquals(400, problem.getInt("status"));
    assertEquals(
        List.of(field),
        problem.getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList());
  }

  @Test
  void everyBadParameterIsNamedAtOnceAndOverlongSearchIsRefused() {
    Api.Response response = list("filter=x&pageSize=500&search=" + "a".repeat(201));
    assertEquals(400, response.status());
    assertEquals(
        Set.of("filter", "pageSize", "search"),
        response.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .collect(Collectors.toSet()));
  }

  @Test
  void conversationOutputHasTheSpecShape() {
    JsonObject ada =
        list("search=lovelace&channel=SMS").data().getJsonArray("data").getJsonObject(0);
    assertEquals(adaSms.toString(), ada.getString("id"));
    assertEquals("Ada Lovelace " + M, ada.getString("fullName"));
    assertEquals("SMS", ada.getString("channel"));
    assertEquals(2, ada.getInt("unreadCount"));
    assertEquals(false, ada.getBoolean("isStarred"));
    JsonObject last = ada.getJsonObject("lastMessage");
    assertEquals("Is my order shipped?", last.getString("message"));
    assertEquals("Ada Lovelace " + M, last.getString("sender"));
    assertTrue(
        last.getString("timestamp").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
        last.getString("timestamp"));
    assertEquals(last.getString("timestamp"), ada.getString("lastMessageTimestamp"));
    JsonObject details = ada.getJsonObject("contactDetails");
    assertEquals("+14155550001", details.getString("phone"));
    assertEquals("ada." + M + "@example.com", details.getString("email"));
    assertEquals(true, details.getJsonArray("phones").getJsonObject(0).getBoolean("isPrimary"));
    assertEquals("lister-" + M, details.getJsonObject("owner").getString("username"));
    assertEquals(false, details.getBoolean("dnd"));
    assertEquals(false, details.getBoolean("dndAll"));
    JsonObject mail =
        list("search=lovelace&channel=Email").data().getJsonArray("data").getJsonObject(0);
    assertEquals("You", mail.getJsonObject("lastMessage").getString("sender"));
    JsonObject alan = list("search=turing").data().getJsonArray("data").getJsonObject(0);
    assertTrue(
        !alan.containsKey("lastMessage") || alan.get("lastMessage") == JsonValue.NULL,
        "no message yet: no lastMessage");
  }
}
