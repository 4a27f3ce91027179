package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.Cli;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import dev.chatinbox.it.support.WebhookReceiver;
import dev.chatinbox.it.support.WebhookReceiver.Received;
import dev.chatinbox.it.support.Webhooks;
import dev.chatinbox.sdk.WebhookVerifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chat webhooks …} and {@code chat events} against the server and a local receiver. */
class WebhookCliIT {
  private static final String M = Seed.marker();

  /** When the class started: the contacts its inbound messages created since get an owner. */
  private static final java.time.Instant STARTED = java.time.Instant.now().minusSeconds(1);

  /**
   * Unowned contacts are visible to every USER: give ours an owner so other classes never see them.
   */
  @org.junit.jupiter.api.AfterAll
  static void adoptCreatedContacts() throws Exception {
    try (Seed seed = new Seed()) {
      seed.adoptContactsCreatedSince("wh-cli-" + M, STARTED);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path config;

  static Cli.Result chat(String... args) {
    Cli.Result result = Cli.run(config, args);
    return result;
  }

  @Test
  void webhooksAndEventsFromTheCommandLine() throws Exception {
    Cli.Result set =
        chat(
            "config", "set", "--server", Api.BASE, "--token", Tokens.token("wh-cli-" + M, "ADMIN"));
    assertEquals(0, set.code(), set::toString);
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Cli.Result added =
          chat(
              "webhooks", "add", receiver.url("/cli"), "--events", "message.received,message.sent");
      assertEquals(0, added.code(), added::toString);
      Matcher secret =
          Pattern.compile("Secret \\(shown once\\): (whsec_\\S+)").matcher(added.err());
      assertTrue(secret.find(), added.err());
      String id = added.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
      JsonNode listed = chat("webhooks", "list", "--json").json();
      assertTrue(
          listed.toString().contains(id) && !listed.toString().contains("whsec_"),
          listed.toString());

      String phone = "+14155554" + String.format("%03d", ProcessHandle.current().pid() % 1000);
      Api.Response in =
          Webhooks.twilio(
              "/api/v1/webhooks/twilio/sms/inbound", Webhooks.twilioInbound(phone, "cli " + M));
      assertEquals(200, in.status(), in::toString);
      Received first = receiver.await("/cli", l -> !l.isEmpty(), Duration.ofSeconds(20)).get(0);
      WebhookVerifier.of(secret.group(1))
          .verify(
              first.body(),
              Map.of(
                  "webhook-id",
                  first.id(),
                  "webhook-timestamp",
                  first.timestamp(),
                  "webhook-signature",
                  first.signature()));

      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      JsonNode deliveries;
      do {
        deliveries = chat("webhooks", "deliveries", id, "--json").json();
        Thread.sleep(100);
      } while (!deliveries.get(0).get("state").asText().equals("delivered")
          && System.nanoTime() < deadline);
      assertEquals(first.id(), deliveries.get(0).get("eventId").asText());
      assertEquals("delivered", deliveries.get(0).get("state").asText());
      Cli.Result table = chat("webhooks", "deliveries", id);
      assertTrue(
          table.out().contains("message.received") && table.out().contains("200"), table.out());

      Cli.Result ping = chat("webhooks", "test", id);
      assertEquals(0, ping.code(), ping::toString);
      receiver.await(
          "/cli", l -> l.stream().anyMatch(r -> r.type().equals("ping")), Duration.ofSeconds(20));

      Cli.Result rotated = chat("webhooks", "rotate", id);
      assertEquals(0, rotated.code(), rotated::toString);
      assertTrue(
          rotated.err().contains("whsec_") && !rotated.err().contains(secret.group(1)),
          rotated.err());

      long before = Long.parseLong(first.id()) - 1;
      Cli.Result replayed = chat("webhooks", "replay", id, "--since", Long.toString(before));
      assertEquals(0, replayed.code(), replayed::toString);
      assertTrue(replayed.out().startsWith("Queued "), replayed.out());

      Cli.Result events =
          chat("events", "--after", Long.toString(before), "--types", "message.received", "--json");
      assertEquals(0, events.code(), events::toString);
      List<JsonNode> lines = new ArrayList<>();
      for (String line : events.out().lines().toList()) {
        lines.add(JSON.readTree(line));
      }
      assertEquals(first.id(), lines.get(0).get("id").asText(), "the first event after the id");
      assertEquals("cli " + M, lines.get(0).get("data").get("message").asText());
      assertTrue(lines.stream().allMatch(l -> l.get("type").asText().equals("message.received")));
      Cli.Result plain =
          chat("events", "--after", Long.toString(before), "--types", "message.received");
      assertTrue(plain.out().startsWith(first.id() + "  "), plain.out());
      chat("webhooks", "list");
      Api.delete("/api/v1/webhook-endpoints/" + id, Tokens.token("wh-cli-" + M, "ADMIN"));
    }
  }
}
