package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatinbox.cli.ExitCodes;
import dev.chatinbox.core.support.FakeCarrier;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Cli;
import dev.chatinbox.it.support.ItCarrier;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, items 5 and 7, the CLI side: {@code --json} prints the API's own shapes for list and
 * show commands (equal to what the API answers), {@code send whatsapp --template --var}, {@code
 * send email --cc --bcc --attach}, {@code watch --json} prints events as they came, and the exit
 * codes of a watch that times out (9) and of an import whose every row is rejected (4).
 */
class CliEverydayIT {
  private static final String M = Seed.marker();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static FakeCarrier fake;
  private static String token;
  private static String phone;
  private static String address;
  private static UUID sms;
  private static UUID whatsapp;
  private static UUID email;
  @TempDir static Path config;

  static Cli.Result chat(String... args) {
    return Cli.run(config, args);
  }

  @BeforeAll
  static void seed() throws Exception {
    LibertyServers.awaitReady(Api.BASE);
    fake = ItCarrier.get();
    phone = "+1628" + ThreadLocalRandom.current().nextInt(5_000_000, 5_999_999);
    address = "cli.day." + M + "@example.com";
    try (Seed seed = new Seed()) {
      UUID me = seed.user("cliday-" + M, "Cli Everyday " + M, "USER");
      UUID contact = seed.contact("Cli Everyday " + M, phone, address, me);
      Instant now = Instant.now();
      sms = seed.conversation(contact, "SMS", 1, true, now.minusSeconds(60));
      seed.message(sms, "SMS", "contact", null, "Hello " + M, now.minusSeconds(30), null);
      whatsapp = seed.conversation(contact, "WhatsApp", 0, false, now.minusSeconds(120));
      email = seed.conversation(contact, "Email", 0, false, now.minusSeconds(180));
    }
    token = Tokens.token("cliday-" + M, "USER");
    Cli.Result set = chat("config", "set", "--server", Api.BASE, "--token", token);
    assertEquals(0, set.code(), set::toString);
  }

  private static JsonNode api(String path) throws Exception {
    Api.Response response = Api.get(path, token);
    assertEquals(200, response.status(), response::toString);
    return JSON.readTree(response.body()).get("data");
  }

  @Test
  void jsonIsTheApisOwnDataForListAndShowCommands() throws Exception {
    Cli.Result list = chat("conversations", "list", "--search", M, "--json");
    assertEquals(0, list.code(), list::toString);
    assertEquals(api("/api/v1/conversations?search=" + M + "&page=1&pageSize=50"), list.json());
    JsonNode first = list.json().get("data").get(0);
    assertTrue(first.get("isStarred").isBoolean(), first::toString);
    assertTrue(first.get("lastMessage").isObject(), "lastMessage is the API's object");
    assertEquals(3, list.json().get("meta").get("total").asInt());

    Cli.Result show = chat("conversations", "show", sms.toString(), "--json");
    assertEquals(api("/api/v1/conversations/" + sms), show.json());
    Cli.Result messages = chat("messages", "list", sms.toString(), "--json");
    assertEquals(
        api("/api/v1/conversations/" + sms + "/messages?page=1&pageSize=50"), messages.json());
    assertEquals("Hello " + M, messages.json().get("data").get(0).get("message").asText());
    Cli.Result contact = chat("contacts", "show", sms.toString(), "--json");
    assertEquals(api("/api/v1/conversations/" + sms + "/contact"), contact.json());
    Cli.Result contacts = chat("contacts", "list", "--search", M, "--json");
    assertEquals(api("/api/v1/contacts?search=" + M + "&page=1&pageSize=50"), contacts.json());

    Cli.Result all =
        chat("conversations", "list", "--search", M, "--all", "--page-size", "1", "--json");
    assertEquals(3, all.json().get("data").size(), all::toString);
    assertEquals(list.json().get("data"), all.json().get("data"), "every page, the same items");
  }

  @Test
  void sendsAWhatsAppTemplateWithVariables() throws Exception {
    byte[] bytes = new byte[16];
    ThreadLocalRandom.current().nextBytes(bytes);
    String sid = "HX" + HexFormat.of().formatHex(bytes);
    Cli.Result sent =
        chat(
            "send",
            "whatsapp",
            whatsapp.toString(),
            "--to",
            phone,
            "--template",
            sid,
            "--var",
            "1=Ann",
            "--var",
            "2=Friday",
            "--json");
    assertEquals(0, sent.code(), sent::toString);
    assertEquals("queued", sent.json().get("status").asText(), sent::toString);
    JsonNode listed = chat("messages", "list", whatsapp.toString(), "--json").json();
    JsonNode metadata = listed.get("data").get(0).get("metadata");
    assertEquals(sid, metadata.get("templateSid").asText(), listed::toString);
    assertEquals("Ann", metadata.get("templateVariables").get("1").asText());
    assertEquals("Friday", metadata.get("templateVariables").get("2").asText());

    Cli.Result both =
        chat(
            "send",
            "whatsapp",
            whatsapp.toString(),
            "--to",
            phone,
            "--template",
            sid,
            "--text",
            "x");
    assertEquals(ExitCodes.USAGE, both.code(), both::toString);
    Cli.Result neither = chat("send", "whatsapp", whatsapp.toString(), "--to", phone);
    assertEquals(ExitCodes.USAGE, neither.code(), neither::toString);
  }

  @Test
  void sendsAnEmailWithCopiesAndAnAttachment() throws Exception {
    Path file = Files.writeString(config.resolve("note.txt"), "note " + M, StandardCharsets.UTF_8);
    Cli.Result sent =
        chat(
            "send",
            "email",
            email.toString(),
            "--to",
            address,
            "--from-name",
            "Support",
            "--from-email",
            "support@example.com",
            "--subject",
            "Files",
            "--text",
            "See attached",
            "--cc",
            "c1." + M + "@example.com,c2." + M + "@example.com",
            "--bcc",
            "b." + M + "@example.com",
            "--attach",
            file.toString(),
            "--json");
    assertEquals(0, sent.code(), sent::toString);
    JsonNode metadata =
        chat("messages", "list", email.toString(), "--json")
            .json()
            .get("data")
            .get(0)
            .get("metadata");
    assertEquals(2, metadata.get("cc").size(), metadata::toString);
    assertEquals("b." + M + "@example.com", metadata.get("bcc").get(0).asText());
    assertEquals("note.txt", metadata.get("attachments").get(0).get("filename").asText());
  }

  @Test
  void aWatchThatTimesOutSaysSoAndExitsNine() {
    Cli.Result watch =
        chat("watch", "--conversation", sms.toString(), "--count", "1", "--timeout", "2");
    assertEquals(ExitCodes.TIMED_OUT, watch.code(), watch::toString);
    assertEquals(9, ExitCodes.TIMED_OUT, "documented number");
    assertTrue(watch.err().contains("timed out after 2 s with 0 of 1 events"), watch::toString);
  }

  @Test
  void watchJsonPrintsTheEventAsTheServerSentIt() throws Exception {
    java.util.concurrent.CompletableFuture<Cli.Result> watching =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () ->
                chat(
                    "--json",
                    "watch",
                    "--conversation",
                    sms.toString(),
                    "--count",
                    "1",
                    "--timeout",
                    "20"));
    Thread.sleep(2000); // subscribed by now
    assertEquals(
        0, chat("send", "sms", sms.toString(), "--to", phone, "--text", "Watched " + M).code());
    Cli.Result result = watching.get(30, java.util.concurrent.TimeUnit.SECONDS);
    assertEquals(0, result.code(), result::toString);
    JsonNode event = JSON.readTree(result.out().strip().lines().reduce((a, b) -> b).orElseThrow());
    assertEquals("new_message", event.get("type").asText(), result::toString);
    assertEquals("Watched " + M, event.get("data").get("message").asText(), "the API's field");
    assertEquals(sms.toString(), event.get("data").get("conversationId").asText());
    assertTrue(event.has("occurredAt") && event.has("id"), event::toString);
  }

  @Test
  void anImportWhoseEveryRowIsRejectedExitsFour() throws Exception {
    Path csv =
        Files.writeString(
            config.resolve("bad.csv"),
            "fullName,email,phone\n,nobody@example.com,\nNo Address " + M + ",,\n",
            StandardCharsets.UTF_8);
    Cli.Result run = chat("contacts", "import", csv.toString());
    assertEquals(ExitCodes.REFUSED, run.code(), run::toString);
    assertTrue(run.out().contains("imported 0, rejected 2"), run::toString);
  }
}
