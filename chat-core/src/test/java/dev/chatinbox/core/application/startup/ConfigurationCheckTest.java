package dev.chatinbox.core.application.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per kind of configuration mistake: each is one line with variable, problem, example. */
class ConfigurationCheckTest {

  private static List<String> problems(Map<String, String> values) {
    return ConfigurationCheck.problems(key -> Optional.ofNullable(values.get(key)));
  }

  private static String only(Map<String, String> values) {
    List<String> problems = problems(values);
    assertEquals(1, problems.size(), problems::toString);
    String line = problems.get(0);
    assertFalse(line.contains("\n"), "one line");
    return line;
  }

  @Test
  void nothingConfiguredIsFine() {
    assertEquals(List.of(), problems(Map.of()));
  }

  @Test
  void validValuesOfEveryKindPass() {
    assertEquals(
        List.of(),
        problems(
            Map.ofEntries(
                Map.entry("chat.db.kind", "PostgreSQL"),
                Map.entry("chat.db.url", "jdbc:postgresql://db:5432/chat"),
                Map.entry("chat.outbox.concurrency", "8"),
                Map.entry("chat.outbox.lease", "PT15S"),
                Map.entry("chat.outbox.poll-interval", "250"),
                Map.entry("chat.auth.clock-skew", "30"),
                Map.entry("chat.outbox.rate.sms", "0.5"),
                Map.entry("chat.public-base-url", "https://inbox.example.com"),
                Map.entry("chat.redis.url", "redis://:pw@127.0.0.1:6379/0"),
                Map.entry("chat.twilio.verified-senders", "+14155550100, +14155550101"),
                Map.entry("chat.sendgrid.verified-senders", "support@example.com,@example.org"),
                Map.entry("chat.twilio.account-sid", "ACa0000000000000000000000000000001"),
                Map.entry(
                    "chat.webhooks.secret-key", "aXQtd2ViaG9va3Mtc2VjcmV0LWtleS0zMi1ieXRlcyE="),
                Map.entry("chat.schedule.horizon", "P30D"))));
  }

  @Test
  void notANumberNamesTheVariableTheProblemAndAnExample() {
    assertEquals(
        "CHAT_OUTBOX_CONCURRENCY=\"eight\" is not a whole number (1 to 256)"
            + " (example: CHAT_OUTBOX_CONCURRENCY=8)",
        only(Map.of("chat.outbox.concurrency", "eight")));
  }

  @Test
  void aNumberOutOfRange() {
    assertTrue(
        only(Map.of("chat.search.max-concurrent", "0"))
            .startsWith("CHAT_SEARCH_MAX_CONCURRENT=\"0\" must be a whole number from 1 to 256"));
  }

  @Test
  void aMalformedDuration() {
    String line = only(Map.of("chat.outbox.lease", "3 minutes"));
    assertTrue(line.startsWith("CHAT_OUTBOX_LEASE=\"3 minutes\" is neither milliseconds"), line);
    assertTrue(line.endsWith("(example: CHAT_OUTBOX_LEASE=PT3M)"), line);
  }

  @Test
  void aDurationOutOfRange() {
    assertTrue(only(Map.of("chat.auth.clock-skew", "PT1H")).contains("must be from PT0S to PT10M"));
  }

  @Test
  void aValueNotAmongTheChoices() {
    assertTrue(
        only(Map.of("chat.db.kind", "mysql"))
            .startsWith("CHAT_DB_KIND=\"mysql\" must be one of h2, postgresql"));
    assertTrue(only(Map.of("chat.dev-key.enabled", "yes")).contains("must be one of true, false"));
  }

  @Test
  void aMalformedUrl() {
    assertTrue(
        only(Map.of("chat.public-base-url", "inbox.example.com"))
            .contains("must be an absolute http or https URL"));
    assertTrue(
        only(Map.of("chat.db.url", "postgresql://db/chat")).contains("must start with jdbc:"));
  }

  @Test
  void aListWithABadItem() {
    assertTrue(
        only(Map.of("chat.twilio.verified-senders", "+14155550100,4155550101"))
            .contains("has an item that must be an E.164 number"));
  }

  @Test
  void aSecretIsNeverRepeated() {
    String line = only(Map.of("chat.webhooks.secret-key", "short-secret-value"));
    assertFalse(line.contains("short-secret-value"), line);
    assertTrue(line.startsWith("CHAT_WEBHOOKS_SECRET_KEY=(secret, not shown) is not base64"), line);
    String redis = only(Map.of("chat.redis.url", "http://user:pw@host"));
    assertFalse(redis.contains("pw"), redis);
  }

  @Test
  void anUnreadableFile() {
    assertTrue(
        only(Map.of("chat.sendgrid.webhook-public-key-file", "/nonexistent/key.pem"))
            .contains("is not a readable file"));
  }

  @Test
  void aLongValueIsCut() {
    String line = only(Map.of("chat.db.url", "x".repeat(500)));
    assertTrue(line.length() < 200, line);
  }

  @Test
  void everyMistakeIsReportedAtOnce() {
    assertEquals(
        3,
        problems(
                Map.of(
                    "chat.db.kind", "oracle",
                    "chat.outbox.concurrency", "-1",
                    "chat.schedule.horizon", "forever"))
            .size());
  }

  @Test
  void onPostgresqlWithoutAKeyTheStartStopsUnlessTheDevelopmentKeyIsAllowed() {
    Optional<String> problem = ConfigurationCheck.tokenKeyProblem(true, false, false);
    assertTrue(problem.isPresent());
    assertTrue(problem.get().startsWith("MP_JWT_VERIFY_PUBLICKEY_LOCATION is not set"));
    assertTrue(problem.get().contains("example: MP_JWT_VERIFY_PUBLICKEY_LOCATION=https://"));
    assertTrue(ConfigurationCheck.tokenKeyProblem(true, true, false).isEmpty(), "explicitly on");
    assertTrue(ConfigurationCheck.tokenKeyProblem(true, false, true).isEmpty(), "a key");
    assertTrue(ConfigurationCheck.tokenKeyProblem(false, false, false).isEmpty(), "embedded");
    assertTrue(ConfigurationCheck.explicitlyTrue(Optional.of(" TRUE ")));
    assertFalse(ConfigurationCheck.explicitlyTrue(Optional.empty()));
  }

  @Test
  void everySettingHasAUniqueKeyAnExampleThatPassesAndAVariableName() {
    Set<String> keys = new HashSet<>();
    for (Setting setting : Settings.ALL) {
      assertTrue(keys.add(setting.key()), "unique " + setting.key());
      assertTrue(setting.variable().startsWith("CHAT_"), setting.variable());
      if (!setting.secret() && !setting.key().endsWith("-file")) {
        assertEquals(
            Optional.empty(),
            setting.rule().problem(setting.example()),
            "the example of " + setting.key());
      }
    }
  }
}
