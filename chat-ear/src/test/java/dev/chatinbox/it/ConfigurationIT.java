package dev.chatinbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatinbox.it.support.Api;
import dev.chatinbox.it.support.LibertyServers;
import dev.chatinbox.it.support.Seed;
import dev.chatinbox.it.support.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Safe configuration (issue #20): the effective configuration for administrators with every secret
 * redacted, and a start with malformed values and no token key on PostgreSQL stopped with one line
 * per mistake.
 */
class ConfigurationIT {
  private static final String M = Seed.marker();
  private static final String NODE = "chatServerBadConfig";
  private static final int HTTP = Integer.getInteger("it.node2.http.port", 19081);
  private static final int HTTPS = Integer.getInteger("it.node2.https.port", 19444);

  @Test
  void administratorsSeeTheEffectiveConfigurationWithSecretsRedacted() {
    Api.Response response = Api.get("/api/v1/admin/config", Tokens.token("cfg-" + M, "ADMIN"));
    assertEquals(200, response.status(), response::toString);
    Map<String, JsonObject> settings =
        response.data().getJsonArray("settings").stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(s -> s.getString("variable"), s -> s));

    JsonObject lease = settings.get("CHAT_OUTBOX_LEASE");
    assertEquals("PT15S", lease.getString("value"), "the IT server's value, not the default");
    assertEquals("chat.outbox.lease", lease.getString("key"));
    assertFalse(lease.getBoolean("secret"));
    assertEquals("default", settings.get("CHAT_SCHEDULE_HORIZON").getString("source"));
    assertEquals("P365D", settings.get("CHAT_SCHEDULE_HORIZON").getString("value"));

    for (String secret :
        List.of(
            "CHAT_TWILIO_AUTH_TOKEN",
            "CHAT_SENDGRID_API_KEY",
            "CHAT_SENDGRID_INBOUND_SECRET",
            "CHAT_WEBHOOKS_SECRET_KEY",
            "CHAT_REDIS_URL",
            "CHAT_DB_PASSWORD")) {
      JsonObject setting = settings.get(secret);
      assertTrue(setting.getBoolean("secret"), secret);
      assertEquals("<redacted>", setting.getString("value", null), secret);
    }
    for (String value :
        List.of(
            "it-auth-token",
            "SG.it-key",
            "it-inbound-secret",
            "aXQtd2ViaG9va3Mtc2VjcmV0",
            "unused-trust-auth",
            "redis://")) {
      assertFalse(response.body().contains(value), "no secret in the answer: " + value);
    }
  }

  @Test
  void nonAdministratorsMayNotReadIt() {
    assertEquals(
        403, Api.get("/api/v1/admin/config", Tokens.token("cfg-user-" + M, "USER")).status());
    assertEquals(401, Api.get("/api/v1/admin/config", null).status());
  }

  @Test
  void aBadStartStopsWithOneLinePerMistake() throws Exception {
    Path server = LibertyServers.copy(NODE, HTTP, HTTPS, Map.of());
    Path jvmOptions = server.resolve("jvm.options");
    String options =
        Files.readString(jvmOptions).replace("-Dchat.dev-key.enabled=true", "")
            + System.lineSeparator()
            + "-Dchat.outbox.concurrency=eight"
            + System.lineSeparator()
            + "-Dchat.twilio.sms-from=4155550100"
            + System.lineSeparator();
    Files.writeString(jvmOptions, options);
    try {
      LibertyServers.start(NODE);
      Path log = server.resolve("logs/messages.log");
      long deadline = System.nanoTime() + 240_000_000_000L;
      String text = "";
      while (System.nanoTime() < deadline && !text.contains("CWWKZ0002E")) {
        Thread.sleep(500);
        text = Files.exists(log) ? Files.readString(log) : "";
      }
      assertTrue(text.contains("CWWKZ0002E"), "the application did not start");
      List<String> lines = text.lines().filter(l -> l.contains(" Configuration: ")).toList();
      assertEquals(3, lines.size(), lines::toString);
      assertLogged(
          lines,
          "Configuration: CHAT_OUTBOX_CONCURRENCY=\"eight\" is not a whole number (1 to 256)"
              + " (example: CHAT_OUTBOX_CONCURRENCY=8)");
      assertLogged(
          lines,
          "Configuration: CHAT_TWILIO_SMS_FROM=\"4155550100\" must be an E.164 number such as"
              + " +14155550100 (example: CHAT_TWILIO_SMS_FROM=+14155550100)");
      assertLogged(
          lines,
          "Configuration: MP_JWT_VERIFY_PUBLICKEY_LOCATION is not set: on PostgreSQL the"
              + " development signing key is off");
      assertFalse(text.contains("Flyway"), "nothing started: no migration ran");
      Api.Response ready =
          Api.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create("http://localhost:" + HTTP + "/health/ready"))
                  .build());
      assertEquals(503, ready.status(), "not ready: " + ready);
    } finally {
      LibertyServers.stop(NODE);
    }
  }

  private static void assertLogged(List<String> lines, String text) {
    assertTrue(lines.stream().anyMatch(l -> l.contains(text)), () -> text + " in " + lines);
  }
}
