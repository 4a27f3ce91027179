package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.Webhooks;
import dev.chatinbox.it.support.WsClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The team workflow of #18 part A over HTTP: status and its activity entries, an inbound message
 * reopening a resolved conversation, snooze waking, assignment giving visibility (assignee, team
 * member, neither) on list, detail, messages, polling and WebSocket, counts, teams, and
 * auto-assignment of 20 concurrent inbound conversations within capacity and in round-robin order.
 */
class TeamWorkflowIT {
  private static final String M = Seed.marker();
  private static final Instant STARTED = Instant.now();
  private static final String SMS_INBOUND = "/api/v1/webhooks/twilio/sms/inbound";
  private static final String WHATSAPP_INBOUND = "/api/v1/webhooks/twilio/whatsapp/inbound";

  private static String admin;
  private static String owner;
  private static String assignee;
  private static String member;
  private static String neither;
  private static UUID ownerId;
  private static UUID assigneeId;
  private static UUID memberId;
  private static UUID neitherId;
  private static final List<String> TEAMS = new ArrayList<>();

  @BeforeAll
  static void seed() throws Exception {
    try (Seed seed = new Seed()) {
      ownerId = seed.user("wf-owner-" + M, "Olivia Owner " + M, "USER");
      assigneeId = seed.user("wf-assignee-" + M, "Carol Assignee " + M, "USER");
      memberId = seed.user("wf-member-" + M, "Tom Member " + M, "USER");
      neitherId = seed.user("wf-neither-" + M, "Nina Neither " + M, "USER");
      seed.user("wf-admin-" + M, "Bob Admin " + M, "ADMIN");
    }
    admin = Tokens.token("wf-admin-" + M, "ADMIN");
    owner = Tokens.token("wf-owner-" + M, "USER");
    assignee = Tokens.token("wf-assignee-" + M, "USER");
    member = Tokens.token("wf-member-" + M, "USER");
    neither = Tokens.token("wf-neither-" + M, "USER");
  }

  @AfterAll
  static void cleanUp() throws Exception {
    TEAMS.forEach(id -> Api.delete("/api/v1/teams/" + id, admin));
    try (Seed seed = new Seed()) {
      // contacts inbound messages created have no owner: visible to every USER of other classes
      seed.adoptContactsCreatedSince("wf-owner-" + M, STARTED);
    }
  }

  private static UUID ownedConversation(String name, String phone) throws Exception {
    try (Seed seed = new Seed()) {
      UUID contact = seed.contact(name + " " + M, phone, null, ownerId);
      UUID c = seed.conversation(contact, "SMS", 0, false, Instant.now());
      seed.message(c, "SMS", "contact", null, "hello", Instant.now(), null);
      return c;
    }
  }

  /** A user's name as the directory has it now (tokens' claims rename users on first use). */
  private static String name(UUID userId) throws Exception {
    try (Seed seed = new Seed()) {
      return seed.value("SELECT name FROM users WHERE id = ?", userId).toString();
    }
  }

  private static String phone() {
    return "+1646" + (2_000_000 + (int) (Math.random() * 7_999_999));
  }

  private static Api.Response patch(UUID conversation, String token, String json) {
    return Api.patch("/api/v1/conversations/" + conversation, token, json);
  }

  private static List<JsonObject> messages(UUID conversation, String token) {
    Api.Response r =
        Api.get("/api/v1/conversations/" + conversation + "/messages?pageSize=100", token);
    assertEquals(200, r.status(), r::toString);
    return r.data().getJsonArray("data").getValuesAs(JsonObject.class);
  }

  private static List<JsonObject> activities(UUID conversation, String token) {
    return messages(conversation, token).stream()
        .filter(m -> m.getString("senderType").equals("activity"))
        .toList();
  }

  private static String createTeam(String name) {
    Api.Response r = Api.post("/api/v1/teams", admin, "{\"name\":\"" + name + "\"}");
    assertEquals(201, r.status(), r::toString);
    String id = r.data().getString("id");
    TEAMS.add(id);
    return id;
  }

  @Test
  void statusChangesAreRecordedAndAnInboundMessageReopensAResolvedConversation() throws Exception {
    String phone = phone();
    UUID c = ownedConversation("Rita Resolved", phone);
    Api.Response resolved = patch(c, owner, "{\"status\":\"resolved\"}");
    assertEquals(200, resolved.status(), resolved::toString);
    assertEquals("resolved", resolved.data().getString("status"));
    List<JsonObject> entries = activities(c, owner);
    assertEquals(1, entries.size(), entries::toString);
    assertEquals("status", entries.get(0).getString("activity"));
    assertEquals(name(ownerId) + " resolved this", entries.get(0).getString("message"));
    assertEquals(ownerId.toString(), entries.get(0).getString("sender"));

    assertEquals(
        200, Webhooks.twilio(SMS_INBOUND, Webhooks.twilioInbound(phone, "Again?")).status());
    JsonObject after = Api.get("/api/v1/conversations/" + c, owner).data();
    assertEquals("open", after.getString("status"));
    // the activity entry is never the last message nor unread
    assertEquals("Again?", after.getJsonObject("lastMessage").getString("message"));
    assertEquals(1, after.getInt("unreadCount"));
    List<JsonObject> now = activities(c, owner);
    assertEquals(2, now.size(), now::toString);
    assertTrue(
        now.get(0).getString("message").startsWith("Reopened by a new message"), now::toString);
    try (Seed seed = new Seed()) {
      assertEquals(
          List.of("open>resolved:user", "resolved>open:inbound"),
          seed
              .column(
                  "SELECT from_status || '>' || to_status || ':' || cause"
                      + " FROM conversation_status_changes WHERE conversation_id = ?"
                      + " ORDER BY changed_at",
                  c)
              .stream()
              .map(Object::toString)
              .toList());
    }
  }

  @Test
  void aSnoozedConversationWakesAtItsTimeOnce() throws Exception {
    UUID c = ownedConversation("Sam Snoozed", phone());
    Api.Response snoozed =
        patch(
            c,
            owner,
            "{\"status\":\"snoozed\",\"snoozedUntil\":\"" + Instant.now().plusSeconds(2) + "\"}");
    assertEquals(200, snoozed.status(), snoozed::toString);
    assertEquals("snoozed", snoozed.data().getString("status"));
    assertTrue(snoozed.data().containsKey("snoozedUntil"));
    assertEquals("snooze", activities(c, owner).get(0).getString("activity"));
    JsonObject woken = awaitStatus(c, "open", Duration.ofSeconds(20));
    assertFalse(woken.containsKey("snoozedUntil"), woken::toString);
    Thread.sleep(2_500); // further rounds of the poller change nothing
    assertEquals(
        1,
        activities(c, owner).stream().filter(m -> m.getString("activity").equals("wake")).count());
  }

  static JsonObject awaitStatus(UUID c, String status, Duration within) throws Exception {
    long end = System.nanoTime() + within.toNanos();
    JsonObject current;
    do {
      current = Api.get("/api/v1/conversations/" + c, admin).data();
      if (current.getString("status").equals(status)) {
        return current;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < end);
    throw new AssertionError("still " + current.getString("status") + ": " + current);
  }

  @Test
  void invalidWorkflowChangesAre400NamingTheField() throws Exception {
    UUID c = ownedConversation("Vera Invalid", phone());
    assertField(patch(c, owner, "{\"status\":\"snoozed\"}"), "snoozedUntil");
    assertField(
        patch(c, owner, "{\"status\":\"snoozed\",\"snoozedUntil\":\"2001-01-01T00:00:00Z\"}"),
        "snoozedUntil");
    assertField(
        patch(
            c,
            owner,
            "{\"status\":\"snoozed\",\"snoozedUntil\":\""
                + Instant.now().plus(Duration.ofDays(400))
                + "\"}"),
        "snoozedUntil");
    assertField(patch(c, owner, "{\"status\":\"closed\"}"), "status");
    assertField(patch(c, owner, "{\"assigneeId\":\"" + UUID.randomUUID() + "\"}"), "assigneeId");
    assertField(patch(c, owner, "{\"teamId\":\"" + UUID.randomUUID() + "\"}"), "teamId");
    assertEquals(0, activities(c, owner).size());
  }

  private static void assertField(Api.Response r, String field) {
    assertEquals(400, r.status(), r::toString);
    assertTrue(r.body().contains("\"field\":\"" + field + "\""), r::toString);
  }

  @Test
  void specClientsSeeNoChangeWithoutTheNewParameters() throws Exception {
    UUID c = ownedConversation("Sid Spec", phone());
    Api.Response starred = patch(c, owner, "{\"isStarred\":true}");
    assertEquals(200, starred.status(), starred::toString);
    assertEquals(0, activities(c, owner).size(), "a spec PATCH writes no activity entry");
    assertEquals(200, patch(c, owner, "{\"status\":\"resolved\"}").status());
    // the default list takes every status: a resolved conversation is still listed
    Api.Response list = Api.get("/api/v1/conversations?filter=starred&pageSize=200", owner);
    assertTrue(list.body().contains(c.toString()), list::toString);
    Api.Response open = Api.get("/api/v1/conversations?filter=starred&status=open", owner);
    assertFalse(open.body().contains(c.toString()), open::toString);
    assertEquals(400, Api.get("/api/v1/conversations?status=closed", owner).status());
    assertEquals(400, Api.get("/api/v1/conversations?assignee=someone", owner).status());
  }

  @Test
  void assignmentGivesVisibilityToTheAssigneeAndTheTeamMembersOnly() throws Exception {
    String team = createTeam("Visibility " + M);
    assertEquals(
        201,
        Api.post("/api/v1/teams/" + team + "/members", admin, "{\"userId\":\"" + memberId + "\"}")
            .status());
    UUID toAssignee = ownedConversation("Ada Assigned", phone());
    UUID toTeam = ownedConversation("Ted Teamed", phone());
    // before: only the owner's
    for (String t : List.of(assignee, member, neither)) {
      assertEquals(404, Api.get("/api/v1/conversations/" + toAssignee, t).status());
      assertEquals(404, Api.get("/api/v1/conversations/" + toTeam, t).status());
    }
    try (WsClient assigneeWs = WsClient.withHeaderToken(assignee);
        WsClient memberWs = WsClient.withHeaderToken(member);
        WsClient neitherWs = WsClient.withHeaderToken(neither)) {
      assigneeWs.send("{\"action\":\"subscribe\"}");
      memberWs.send("{\"action\":\"subscribe\"}");
      neitherWs.send("{\"action\":\"subscribe\"}");
      memberWs.await(e -> "subscribed".equals(e.getString("type", "")), Duration.ofSeconds(10));
      assigneeWs.await(e -> "subscribed".equals(e.getString("type", "")), Duration.ofSeconds(10));
      neitherWs.await(e -> "subscribed".equals(e.getString("type", "")), Duration.ofSeconds(10));

      Api.Response assigned = patch(toAssignee, owner, "{\"assigneeId\":\"" + assigneeId + "\"}");
      assertEquals(200, assigned.status(), assigned::toString);
      assertEquals(name(assigneeId), assigned.data().getJsonObject("assignee").getString("name"));
      Api.Response teamed = patch(toTeam, owner, "{\"teamId\":\"" + team + "\"}");
      assertEquals(200, teamed.status(), teamed::toString);
      assertEquals("Visibility " + M, teamed.data().getJsonObject("team").getString("name"));

      // WebSocket: the assignee gets the activity entry and the update; neither gets nothing
      JsonObject activity =
          assigneeWs.await(
              e ->
                  "new_message".equals(e.getString("type", ""))
                      && e.getJsonObject("data")
                          .getString("conversationId")
                          .equals(toAssignee.toString()),
              Duration.ofSeconds(10));
      assertEquals("activity", activity.getJsonObject("data").getString("senderType"));
      assertEquals(
          name(ownerId) + " assigned this to " + name(assigneeId),
          activity.getJsonObject("data").getString("message"));
      // the team's member gets the team's conversation (through their membership)
      JsonObject teamUpdate =
          memberWs.await(
              e ->
                  "conversation_update".equals(e.getString("type", ""))
                      && e.getJsonObject("data").getString("id").equals(toTeam.toString()),
              Duration.ofSeconds(10));
      assertEquals(team, teamUpdate.getJsonObject("data").getJsonObject("team").getString("id"));
      List<JsonObject> seen = neitherWs.collect(Duration.ofSeconds(2));
      assertTrue(
          seen.stream()
              .noneMatch(
                  e ->
                      e.toString().contains(toAssignee.toString())
                          || e.toString().contains(toTeam.toString())),
          seen::toString);
    }

    // list, detail, messages, polling: assignee sees toAssignee, member sees toTeam, neither none
    assertVisible(assignee, toAssignee, true, "assignee=me");
    assertVisible(assignee, toTeam, false, "team=" + team);
    assertVisible(member, toTeam, true, "team=" + team);
    assertVisible(member, toAssignee, false, "assignee=" + assigneeId);
    assertVisible(neither, toAssignee, false, "assignee=" + assigneeId);
    assertVisible(neither, toTeam, false, "team=" + team);

    // notes (#18 part B) follow the same rule: the assignee and the team's member may write one
    // where they see the conversation, and see it in its history; neither is told it exists
    String note = "{\"body\":\"Checked the order\"}";
    Api.Response byAssignee =
        Api.post("/api/v1/conversations/" + toAssignee + "/notes", assignee, note);
    assertEquals(201, byAssignee.status(), byAssignee::toString);
    assertEquals("note", byAssignee.data().getString("senderType"));
    assertEquals(
        201, Api.post("/api/v1/conversations/" + toTeam + "/notes", member, note).status());
    assertEquals(
        404, Api.post("/api/v1/conversations/" + toAssignee + "/notes", member, note).status());
    assertEquals(
        404, Api.post("/api/v1/conversations/" + toAssignee + "/notes", neither, note).status());
    assertEquals(
        404, Api.post("/api/v1/conversations/" + toTeam + "/notes", neither, note).status());
    assertTrue(
        Api.get("/api/v1/conversations/" + toTeam + "/messages", member)
            .body()
            .contains("Checked the order"));

    // the tab counts: the assignee's own conversation is "mine"
    JsonObject counts = Api.get("/api/v1/conversations/counts", assignee).data();
    assertEquals(1, counts.getJsonNumber("mine").longValue(), counts::toString);
    assertTrue(counts.getJsonObject("byStatus").getJsonNumber("open").longValue() >= 1);

    // unassigning takes the visibility away again
    assertEquals(200, patch(toAssignee, owner, "{\"assigneeId\":null}").status());
    assertEquals(404, Api.get("/api/v1/conversations/" + toAssignee, assignee).status());
    // removing the member does too
    assertEquals(200, Api.delete("/api/v1/teams/" + team + "/members/" + memberId, admin).status());
    assertEquals(404, Api.get("/api/v1/conversations/" + toTeam, member).status());
  }

  private static void assertVisible(String token, UUID c, boolean visible, String filter) {
    int expected = visible ? 200 : 404;
    assertEquals(expected, Api.get("/api/v1/conversations/" + c, token).status(), "detail");
    assertEquals(
        expected, Api.get("/api/v1/conversations/" + c + "/messages", token).status(), "messages");
    assertEquals(
        expected,
        Api.get("/api/v1/conversations/updates?conversationIds=" + c, token).status(),
        "polling");
    Api.Response list = Api.get("/api/v1/conversations?pageSize=200&" + filter, token);
    assertEquals(200, list.status(), list::toString);
    assertEquals(visible, list.body().contains(c.toString()), "list " + filter);
  }

  @Test
  void teamsAreManagedByAdministrators() {
    String team = createTeam("Support " + M);
    Api.Response duplicate = Api.post("/api/v1/teams", admin, "{\"name\":\"SUPPORT " + M + "\"}");
    assertEquals(409, duplicate.status(), duplicate::toString);
    assertEquals(403, Api.post("/api/v1/teams", owner, "{\"name\":\"x\"}").status());
    Api.Response changed =
        Api.patch(
            "/api/v1/teams/" + team,
            admin,
            "{\"name\":\"Sales " + M + "\",\"agentCapacity\":3,\"autoAssign\":true}");
    assertEquals(200, changed.status(), changed::toString);
    assertEquals(3, changed.data().getInt("agentCapacity"));
    assertTrue(changed.data().getBoolean("autoAssign"));
    assertEquals(400, Api.patch("/api/v1/teams/" + team, admin, "{\"agentCapacity\":0}").status());
    assertEquals(
        400, Api.post("/api/v1/teams/" + team + "/members", admin, "{\"userId\":\"x\"}").status());
    Api.Response listed = Api.get("/api/v1/teams", owner);
    assertTrue(listed.body().contains("Sales " + M), listed::toString);
    assertEquals(200, Api.delete("/api/v1/teams/" + team, admin).status());
    assertEquals(404, Api.get("/api/v1/teams/" + team, admin).status());
  }

  @Test
  void twentyConcurrentInboundConversationsAreAssignedRoundRobinWithinCapacity() throws Exception {
    UUID a;
    UUID b;
    UUID busy;
    try (Seed seed = new Seed()) {
      a = seed.user("wf-agent-a-" + M, "Agent A " + M, "USER");
      b = seed.user("wf-agent-b-" + M, "Agent B " + M, "USER");
      busy = seed.user("wf-agent-c-" + M, "Agent C " + M, "USER");
    }
    Api.Response away =
        Api.patch(
            "/api/v1/users/me",
            Tokens.token("wf-agent-c-" + M, "USER"),
            "{\"availability\":\"busy\"}");
    assertEquals(200, away.status(), away::toString);
    assertEquals("busy", away.data().getString("availability"));
    String team = createTeam("Round robin " + M);
    for (UUID agent : List.of(a, b, busy)) {
      assertEquals(
          201,
          Api.post("/api/v1/teams/" + team + "/members", admin, "{\"userId\":\"" + agent + "\"}")
              .status());
    }
    Api.Response configured =
        Api.patch(
            "/api/v1/teams/" + team,
            admin,
            "{\"autoAssign\":true,\"agentCapacity\":4,\"inboundChannels\":[\"WhatsApp\"]}");
    assertEquals(200, configured.status(), configured::toString);
    String other = createTeam("Other " + M);
    assertEquals(
        409,
        Api.patch("/api/v1/teams/" + other, admin, "{\"inboundChannels\":[\"WhatsApp\"]}").status(),
        "a channel belongs to one team");

    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<Integer>> sent = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String from = "whatsapp:" + phone();
        sent.add(
            pool.submit(
                () -> {
                  Map<String, String> form = Webhooks.twilioInbound(from, "Hi team");
                  form.put("To", "whatsapp:+15005550007");
                  return Webhooks.twilio(WHATSAPP_INBOUND, form).status();
                }));
      }
      for (Future<Integer> f : sent) {
        assertEquals(200, f.get());
      }
    } finally {
      pool.shutdown();
    }
    try (Seed seed = new Seed()) {
      UUID teamId = UUID.fromString(team);
      assertEquals(20, seed.count("SELECT COUNT(*) FROM conversations WHERE team_id = ?", teamId));
      assertEquals(
          4, seed.count("SELECT COUNT(*) FROM conversations WHERE assignee_id = ?", a), "A");
      assertEquals(
          4, seed.count("SELECT COUNT(*) FROM conversations WHERE assignee_id = ?", b), "B");
      assertEquals(
          0,
          seed.count("SELECT COUNT(*) FROM conversations WHERE assignee_id = ?", busy),
          "busy agents get nothing");
      assertEquals(
          12,
          seed.count(
              "SELECT COUNT(*) FROM conversations WHERE team_id = ? AND assignee_id IS NULL",
              teamId));
      // the order the team's lock let them through: A and B alternate
      List<String> order =
          seed
              .column(
                  "SELECT c.assignee_id FROM messages m JOIN conversations c"
                      + " ON c.id = m.conversation_id WHERE c.team_id = ? AND m.activity ="
                      + " 'assignment' ORDER BY m.occurred_at, m.id",
                  teamId)
              .stream()
              .map(Object::toString)
              .toList();
      assertEquals(8, order.size(), order::toString);
      for (int i = 1; i < order.size(); i++) {
        assertFalse(order.get(i).equals(order.get(i - 1)), () -> "not round robin: " + order);
      }
      assertEquals(
          Map.of(a.toString(), 4L, b.toString(), 4L),
          order.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting())));
    }
    // the agents see what they got
    Api.Response mine =
        Api.get("/api/v1/conversations?assignee=me", Tokens.token("wf-agent-a-" + M, "USER"));
    assertEquals(4, mine.data().getJsonArray("data").size(), mine::toString);
  }
}
