package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatinbox.cli.ExitCodes;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Cli;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code chat} command (picocli's execute, as the launcher runs it) against the server. */
class CliIT {
  private static final String M = Seed.marker();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static UUID adminId;
  private static UUID conversation;
  private static String phone;
  @TempDir static Path config;

  static Cli.Result chat(String... args) {
    return Cli.run(config, args);
  }

  @BeforeAll
  static void seed() throws Exception {
    ItCarrier.get();
    Instant now = Instant.now();
    UUID me;
    try (Seed seed = new Seed()) {
      me = seed.user("cli-" + M, "Cli " + M, "USER");
      adminId = seed.user("cliadmin-" + M, "Cli admin " + M, "ADMIN");
      phone = "+1628" + (2_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
      UUID contact = seed.contact("Cli Contact " + M, phone, null, me);
      conversation = seed.conversation(contact, "SMS", 2, false, now.minusSeconds(60));
      seed.message(conversation, "SMS", "contact", null, "Hello CLI", now.minusSeconds(30), null);
      UUID second = seed.contact("Cli Second " + M, null, "second." + M + "@example.com", me);
      seed.conversation(second, "Email", 0, false, now.minusSeconds(120));
    }
    Cli.Result set =
        chat("config", "set", "--server", Api.BASE, "--token", Tokens.token("cli-" + M, "USER"));
    assertEquals(0, set.code(), set::toString);
  }

  @Test
  void listsAsTablesAndAsParseableJson() throws Exception {
    Cli.Result table = chat("conversations", "list");
    assertEquals(0, table.code(), table::toString);
    assertTrue(table.out().startsWith("ID"), table.out());
    assertTrue(table.out().contains("Cli Contact " + M), table.out());
    assertTrue(table.out().contains("Cli Second " + M), table.out());

    JsonNode page = chat("conversations", "list", "--json").json();
    assertEquals(2, page.get("data").size(), "the API's own shape: data and meta");
    assertEquals(2, page.get("meta").get("total").asInt());
    JsonNode all = chat("--json", "conversations", "list", "--all", "--page-size", "1").json();
    assertEquals(2, all.get("data").size());

    JsonNode messages = chat("messages", "list", conversation.toString(), "--json").json();
    assertEquals("Hello CLI", messages.get("data").get(0).get("message").asText());
    JsonNode users = chat("users", "list", "--json").json();
    assertTrue(users.isArray() && users.size() >= 2, users::toString);
    assertTrue(chat("actions", "list", "--json").json().has("data"));

    Cli.Result contact = chat("contacts", "tag", conversation.toString(), "cli-tag", "--json");
    assertEquals("cli-tag", contact.json().get("tags").get(0).asText(), contact::toString);
    Cli.Result show = chat("contacts", "show", conversation.toString());
    assertTrue(show.out().contains(phone), show.out());
  }

  @Test
  void sendsNowAndSchedulesWithAt() throws Exception {
    String at = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS).toString();
    Cli.Result now =
        chat(
            "send", "sms", conversation.toString(), "--to", phone, "--text", "From chat", "--json");
    assertEquals(0, now.code(), now::toString);
    assertEquals("queued", now.json().get("status").asText());

    Cli.Result later =
        chat(
            "send",
            "sms",
            conversation.toString(),
            "--to",
            phone,
            "--text",
            "Later",
            "--at",
            at,
            "--json");
    assertEquals(0, later.code(), later::toString);
    assertEquals("scheduled", later.json().get("status").asText());
    assertEquals(at, later.json().get("scheduledAt").asText());
  }

  @Test
  void errorsBecomeExitCodes() {
    Cli.Result missing = chat("conversations", "show", UUID.randomUUID().toString());
    assertEquals(ExitCodes.NOT_FOUND, missing.code(), missing::toString);
    assertTrue(missing.err().contains("404"), missing.err());
    Cli.Result refused = chat("send", "sms", conversation.toString(), "--to", "123", "--text", "x");
    assertEquals(ExitCodes.REFUSED, refused.code(), refused::toString);
    assertTrue(refused.err().contains("\n  to: "), refused::toString);
    Cli.Result forbidden =
        chat("users", "add", "--username", "u" + M, "--name", "U", "--email", "u@x.io");
    assertEquals(ExitCodes.FORBIDDEN, forbidden.code(), forbidden::toString);
  }

  @Test
  void mintsATokenWithTheServersDevKeyThatTheServerAccepts() throws Exception {
    Path keys = Path.of(System.getProperty("it.data.dir", "target/it-data")).resolve("keys");
    Cli.Result minted =
        chat(
            "token", "mint", "--user", "cli-" + M, "--roles", "USER", "--key-dir", keys.toString());
    assertEquals(0, minted.code(), minted::toString);
    Cli.Result users = chat("users", "list", "--json", "--token", minted.out().trim());
    assertEquals(0, users.code(), users::toString);
  }

  @Test
  void importsAThousandRowCsvReportingBadRowsByLine() throws Exception {
    StringBuilder csv = new StringBuilder("fullName,email,phone,ownerId\n");
    for (int i = 1; i <= 1000; i++) {
      int line = i + 1;
      String name = "Imported " + i + " " + M;
      String email = "imp" + i + "." + M + "@example.com";
      String phoneCell = "";
      if (line == 11) {
        name = ""; // no name: rejected before it reaches the server
      } else if (line == 101) {
        email = ""; // neither email nor phone
      } else if (line == 501) {
        phoneCell = "12345"; // the server refuses: not E.164
      } else if (line == 901) {
        email = "imp1." + M + "@example.com"; // the server refuses: email of line 2
      }
      csv.append(name).append(',').append(email).append(',').append(phoneCell).append(',');
      csv.append(adminId).append('\n');
    }
    Path file = config.resolve("contacts.csv");
    Files.writeString(file, csv);

    Cli.Result run =
        chat(
            "contacts",
            "import",
            file.toString(),
            "--token",
            Tokens.token("cliadmin-" + M, "ADMIN"));
    assertEquals(ExitCodes.PARTIAL, run.code(), run::toString);
    assertTrue(run.out().contains("imported 996, rejected 4"), run.out());
    for (int line : new int[] {11, 101, 501, 901}) {
      assertTrue(run.err().contains("contacts.csv:" + line + ": "), run.err());
    }
    assertEquals(4, run.err().lines().count(), run.err());
    try (Seed seed = new Seed()) {
      assertEquals(
          996,
          seed.count("SELECT count(*) FROM contacts WHERE full_name LIKE ?", "Imported % " + M));
    }
  }

  @Test
  void watchPrintsTheNextEventAndExitsWithCount() throws Exception {
    UUID watched;
    String watchedPhone = "+1628" + (2_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
    try (Seed seed = new Seed()) {
      UUID me = seed.user("cli-watch-" + M, "Cli Watcher " + M, "USER");
      UUID contact = seed.contact("Cli Watched " + M, watchedPhone, null, me);
      watched = seed.conversation(contact, "SMS", 0, false, Instant.now());
    }
    java.util.concurrent.CompletableFuture<Cli.Result> watching =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () ->
                chat(
                    "--token",
                    Tokens.token("cli-watch-" + M, "USER"),
                    "--json",
                    "watch",
                    "--conversation",
                    watched.toString(),
                    "--count",
                    "1",
                    "--timeout",
                    "20"));
    Thread.sleep(2000); // subscribed by now
    Cli.Result sent =
        chat(
            "--token",
            Tokens.token("cli-watch-" + M, "USER"),
            "send",
            "sms",
            watched.toString(),
            "--to",
            watchedPhone,
            "--text",
            "Watched",
            "--json");
    assertEquals(0, sent.code(), sent::toString);
    Cli.Result result = watching.get(30, java.util.concurrent.TimeUnit.SECONDS);
    assertEquals(0, result.code(), result::toString);
    JsonNode event = JSON.readTree(result.out().strip().lines().reduce((a, b) -> b).orElseThrow());
    assertEquals("new_message", event.get("type").asText(), result::toString);
    assertEquals(watched.toString(), event.get("data").get("conversationId").asText());
    assertEquals("Watched", event.get("data").get("message").asText());
  }

  @Test
  void scheduledListAndCancel() throws Exception {
    UUID conversation;
    String phone = "+1628" + (2_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
    try (Seed seed = new Seed()) {
      UUID me = seed.user("cli-sched-" + M, "Cli Scheduler " + M, "USER");
      conversation =
          seed.conversation(
              seed.contact("Cli Scheduled " + M, phone, null, me), "SMS", 0, false, Instant.now());
    }
    String token = Tokens.token("cli-sched-" + M, "USER");
    String at = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS).toString();
    Cli.Result later =
        chat(
            "--token",
            token,
            "send",
            "sms",
            conversation.toString(),
            "--to",
            phone,
            "--text",
            "Cancel me",
            "--at",
            at,
            "--json");
    assertEquals(0, later.code(), later::toString);
    String id = later.json().get("id").asText();
    JsonNode listed =
        chat(
                "--token",
                token,
                "scheduled",
                "list",
                "--conversation",
                conversation.toString(),
                "--status",
                "scheduled",
                "--json")
            .json();
    boolean found = false;
    for (JsonNode m : listed.get("data")) {
      found |= m.get("id").asText().equals(id);
    }
    assertTrue(found, listed::toString);
    Cli.Result cancel = chat("--token", token, "scheduled", "cancel", id, "--json");
    assertEquals(0, cancel.code(), cancel::toString);
    assertEquals("cancelled", cancel.json().get("status").asText());
    Cli.Result again = chat("--token", token, "scheduled", "cancel", id);
    assertEquals(ExitCodes.REFUSED, again.code(), again::toString);
  }
}
