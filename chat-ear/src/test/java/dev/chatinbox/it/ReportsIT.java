package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Cli;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.sdk.ChatClient;
import dev.chatinbox.sdk.model.SummaryReport;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /reports/summary on a known data set in a window of its own (issue #18): a conversation that
 * is resolved, reopened by the contact and resolved again counts as opened twice, with a first
 * response and a resolution time per opening; a note is not a reply; a resolution in the window of
 * a conversation opened before it counts, its opening does not; team and assignee filters.
 */
class ReportsIT {
  private static final String M = Seed.marker();
  private static Instant t0;
  private static String admin;
  private static UUID agent;
  private static UUID team;

  private static Instant at(double hours) {
    return t0.plusMillis(Math.round(hours * 3_600_000));
  }

  @BeforeAll
  static void seed() throws Exception {
    t0 =
        Instant.parse("2025-01-01T00:00:00Z")
            .plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(300)));
    try (Seed seed = new Seed()) {
      agent = seed.user("rp-agent-" + M, "Report Agent " + M, "USER");
      team = UUID.randomUUID();
      seed.update(
          "INSERT INTO teams (id, name, name_key, created_at, updated_at) VALUES (?,?,?,?,?)",
          team,
          "Reports " + M,
          "reports " + M.toLowerCase(),
          t0.atOffset(ZoneOffset.UTC),
          t0.atOffset(ZoneOffset.UTC));
      // A: SMS, reply after 10 min (a note before it is not a reply), resolved, reopened by the
      // contact, reply after 20 min, resolved again
      UUID a = conversation(seed, "A", "SMS", at(0));
      seed.message(a, "SMS", "contact", null, "hello", at(1), null);
      seed.message(a, "SMS", "note", agent, "looking", at(1 + 5 / 60.0), null);
      seed.message(a, "SMS", "user", agent, "hi!", at(1 + 10 / 60.0), "delivered");
      status(seed, a, "open", "resolved", at(2), "user");
      seed.message(a, "SMS", "contact", null, "one more thing", at(3), null);
      status(seed, a, "resolved", "open", at(3), "inbound");
      seed.message(a, "SMS", "user", agent, "sure", at(3 + 20 / 60.0), "sent");
      status(seed, a, "open", "resolved", at(4), "user");
      // B: email, reply after 30 min (a failed send before it is not one), resolved after 2 h
      UUID b = conversation(seed, "B", "Email", at(5));
      seed.message(b, "Email", "contact", null, "question", at(5), null);
      seed.message(b, "Email", "user", agent, "oops", at(5 + 10 / 60.0), "failed");
      seed.message(b, "Email", "user", agent, "answer", at(5.5), "sent");
      status(seed, b, "open", "resolved", at(7), "user");
      // C: SMS, never answered
      UUID c = conversation(seed, "C", "SMS", at(6));
      seed.message(c, "SMS", "contact", null, "anyone?", at(6), null);
      // D: SMS opened the day before, resolved in the window after 25 h
      UUID d = conversation(seed, "D", "SMS", at(-24));
      seed.message(d, "SMS", "contact", null, "yesterday", at(-24), null);
      seed.message(d, "SMS", "user", agent, "answered", at(-24 + 100 / 3600.0), "delivered");
      status(seed, d, "open", "resolved", at(1), "user");
      seed.update("UPDATE conversations SET assignee_id = ? WHERE id IN (?, ?)", agent, a, c);
      seed.update("UPDATE conversations SET team_id = ? WHERE id = ?", team, b);
    }
    admin = Tokens.token("rp-admin-" + M, "ADMIN");
  }

  private static UUID conversation(Seed seed, String name, String channel, Instant created) {
    UUID contact =
        seed.contact(
            "Report " + name + " " + M,
            "+1202" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)),
            "report." + name.toLowerCase() + "." + M + "@example.com",
            null);
    return seed.conversation(contact, channel, 0, false, created);
  }

  private static void status(
      Seed seed, UUID conversation, String from, String to, Instant when, String cause) {
    seed.update(
        "INSERT INTO conversation_status_changes (id, conversation_id, from_status, to_status,"
            + " changed_at, changed_by, cause) VALUES (?,?,?,?,?,?,?)",
        UUID.randomUUID(),
        conversation,
        from,
        to,
        when.atOffset(ZoneOffset.UTC),
        null,
        cause);
  }

  private static JsonObject summary(String query) {
    Api.Response r =
        Api.get(
            "/api/v1/reports/summary?from=" + t0 + "&to=" + t0.plus(Duration.ofDays(1)) + query,
            admin);
    assertEquals(200, r.status(), r::toString);
    return r.data();
  }

  private static JsonObject channel(JsonObject report, String channel) {
    return report.getJsonArray("channels").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("channel").equals(channel))
        .findFirst()
        .orElseThrow()
        .getJsonObject("figures");
  }

  private static void timing(JsonObject t, int count, double median, double p90) {
    assertEquals(count, t.getInt("count"), t::toString);
    assertEquals(median, t.getJsonNumber("medianSeconds").doubleValue(), 0.01, t::toString);
    assertEquals(p90, t.getJsonNumber("p90Seconds").doubleValue(), 0.01, t::toString);
  }

  @Test
  void allChannelsTogetherCountAReopenedConversationTwice() {
    JsonObject total = summary("").getJsonObject("total");
    assertEquals(4, total.getInt("opened"), "A, A reopened, B, C (D opened the day before)");
    assertEquals(4, total.getInt("resolved"), "A twice, B, D");
    // first responses 600, 1200, 1800 s
    timing(total.getJsonObject("firstResponse"), 3, 1200, 1680);
    // resolutions 7200 (A), 3600 (A reopened), 7200 (B), 90000 (D)
    timing(total.getJsonObject("resolution"), 4, 7200, 65160);
  }

  @Test
  void perChannel() {
    JsonObject report = summary("");
    JsonObject sms = channel(report, "SMS");
    assertEquals(3, sms.getInt("opened"));
    assertEquals(3, sms.getInt("resolved"));
    timing(sms.getJsonObject("firstResponse"), 2, 900, 1140);
    timing(sms.getJsonObject("resolution"), 3, 7200, 73440);
    JsonObject email = channel(report, "Email");
    assertEquals(1, email.getInt("opened"));
    timing(email.getJsonObject("firstResponse"), 1, 1800, 1800);
    timing(email.getJsonObject("resolution"), 1, 7200, 7200);
    JsonObject whatsapp = channel(report, "WhatsApp");
    assertEquals(0, whatsapp.getInt("opened"));
    assertEquals(0, whatsapp.getJsonObject("firstResponse").getInt("count"));
    assertFalse(whatsapp.getJsonObject("firstResponse").containsKey("medianSeconds"));
  }

  @Test
  void teamAndAssigneeFilters() {
    JsonObject mine = summary("&assignee=" + agent).getJsonObject("total");
    assertEquals(3, mine.getInt("opened"), "A twice and C");
    assertEquals(2, mine.getInt("resolved"));
    timing(mine.getJsonObject("firstResponse"), 2, 900, 1140);
    JsonObject teams = summary("&team=" + team).getJsonObject("total");
    assertEquals(1, teams.getInt("opened"), "B");
    timing(teams.getJsonObject("resolution"), 1, 7200, 7200);
  }

  @Test
  void theSdkAndTheCliReadTheSummary(@TempDir Path config) throws Exception {
    SummaryReport report =
        ChatClient.builder()
            .baseUrl(Api.BASE)
            .token(admin)
            .build()
            .reports()
            .summary(t0, t0.plus(Duration.ofDays(1)), null, agent.toString());
    assertEquals(3, report.total().opened());
    assertEquals(Duration.ofSeconds(900), report.total().firstResponse().median());
    assertEquals(3, report.channels().size());

    assertEquals(
        0, Cli.run(config, "config", "set", "--server", Api.BASE, "--token", admin).code());
    Cli.Result cli =
        Cli.run(
            config,
            "reports",
            "summary",
            "--from",
            t0.toString(),
            "--to",
            t0.plus(Duration.ofDays(1)).toString(),
            "--team",
            team.toString(),
            "--json");
    assertEquals(0, cli.code(), cli::toString);
    assertEquals(1, cli.json().get("total").get("opened").asInt(), cli::toString);
  }

  @Test
  void badWindowsAndCallersAreRefused() {
    String base = "/api/v1/reports/summary";
    assertEquals(400, Api.get(base + "?from=yesterday", admin).status());
    assertEquals(400, Api.get(base + "?from=" + t0 + "&to=" + t0, admin).status());
    assertEquals(
        400,
        Api.get(base + "?from=" + t0 + "&to=" + t0.plus(Duration.ofDays(400)), admin).status());
    assertEquals(400, Api.get(base + "?team=x", admin).status());
    assertEquals(403, Api.get(base, Tokens.token("rp-agent-" + M, "USER")).status());
    assertEquals(200, Api.get(base + "?assignee=me", admin).status());
  }
}
