package dev.chatinbox.core.application.startup;

import static dev.chatinbox.core.application.startup.Setting.plain;
import static dev.chatinbox.core.application.startup.Setting.secret;
import static dev.chatinbox.core.application.startup.SettingRule.base64Key;
import static dev.chatinbox.core.application.startup.SettingRule.bool;
import static dev.chatinbox.core.application.startup.SettingRule.decimal;
import static dev.chatinbox.core.application.startup.SettingRule.duration;
import static dev.chatinbox.core.application.startup.SettingRule.jdbcUrl;
import static dev.chatinbox.core.application.startup.SettingRule.listOf;
import static dev.chatinbox.core.application.startup.SettingRule.matching;
import static dev.chatinbox.core.application.startup.SettingRule.oneOf;
import static dev.chatinbox.core.application.startup.SettingRule.phone;
import static dev.chatinbox.core.application.startup.SettingRule.readableFile;
import static dev.chatinbox.core.application.startup.SettingRule.seconds;
import static dev.chatinbox.core.application.startup.SettingRule.sender;
import static dev.chatinbox.core.application.startup.SettingRule.text;
import static dev.chatinbox.core.application.startup.SettingRule.url;
import static dev.chatinbox.core.application.startup.SettingRule.wholeNumber;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code CHAT_*} setting the server reads (README "Configuration"), with its rule: the list
 * {@link ConfigurationCheck} validates at start and {@code GET /api/v1/admin/config} shows. A
 * component may check more (e.g. one setting against another); this list catches the malformed
 * value before anything starts, with one line per mistake.
 */
public final class Settings {
  private static final long INT = Integer.MAX_VALUE;
  private static final Duration MS = Duration.ofMillis(1);
  private static final Duration DAY = Duration.ofDays(1);

  public static final List<Setting> ALL =
      List.of(
          plain("chat.data.dir", text(), "~/.chat-inbox", "/var/lib/chat-inbox"),
          plain("chat.db.kind", oneOf("h2", "postgresql"), "h2", "postgresql"),
          plain("chat.db.url", jdbcUrl(), "(embedded H2)", "jdbc:postgresql://db:5432/chat"),
          plain("chat.db.user", text(), "chat", "chat"),
          secret("chat.db.password", text(), "s3cret"),
          plain("chat.db.pool.max", wholeNumber(1, 1000), "16", "16"),
          plain("chat.db.connect.timeout", wholeNumber(1, 60), "2", "2"),
          plain("chat.http.host", text(), "*", "0.0.0.0"),
          plain("chat.http.port", wholeNumber(0, 65535), "9080", "9080"),
          plain("chat.https.port", wholeNumber(0, 65535), "9443", "9443"),
          plain("chat.dev-key.enabled", bool(), "true (false on PostgreSQL)", "false"),
          plain("chat.demo-data", oneOf("auto", "true", "false"), "auto", "false"),
          plain("chat.users.cache-seconds", wholeNumber(0, 3600), "30", "30"),
          plain("chat.auth.token-cache-size", wholeNumber(0, 1_000_000), "10000", "10000"),
          plain(
              "chat.auth.clock-skew",
              seconds(Duration.ZERO, Duration.ofMinutes(10)),
              "30",
              "PT30S"),
          plain("chat.realtime.max-connections-per-user", wholeNumber(1, INT), "20", "20"),
          plain("chat.realtime.retention-hours", wholeNumber(1, 24 * 365), "72", "72"),
          plain("chat.conversations.recent-days", wholeNumber(1, 3650), "30", "30"),
          plain("chat.list.exact-total-limit", wholeNumber(0, INT), "1000", "1000"),
          plain("chat.list.total-cache-seconds", wholeNumber(0, 86400), "10", "10"),
          plain("chat.search.timeout-ms", wholeNumber(1, 600_000), "2000", "2000"),
          plain("chat.search.max-concurrent", wholeNumber(1, 256), "4", "4"),
          plain("chat.http.max-body-bytes", wholeNumber(1, INT), "1048576", "1048576"),
          plain("chat.http.max-email-body-bytes", wholeNumber(1, INT), "42000000", "42000000"),
          plain("chat.public-base-url", url("http", "https"), null, "https://inbox.example.com"),
          plain(
              "chat.carrier.text",
              matching("[a-z][a-z0-9-]*", "an adapter name such as auto, twilio or sandbox"),
              "auto",
              "twilio"),
          plain(
              "chat.carrier.email",
              matching("[a-z][a-z0-9-]*", "an adapter name such as auto, sendgrid or sandbox"),
              "auto",
              "sendgrid"),
          plain(
              "chat.twilio.account-sid",
              matching("AC[0-9a-zA-Z]{32}", "AC followed by 32 letters or digits"),
              null,
              "AC0123456789abcdef0123456789abcdef"),
          secret("chat.twilio.auth-token", text(), "0123456789abcdef0123456789abcdef"),
          plain(
              "chat.twilio.api-key-sid",
              matching("SK[0-9a-zA-Z]{32}", "SK followed by 32 letters or digits"),
              null,
              "SK0123456789abcdef0123456789abcdef"),
          secret("chat.twilio.api-key-secret", text(), "0123456789abcdef0123456789abcdef"),
          plain("chat.twilio.sms-from", phone(), null, "+14155550100"),
          plain("chat.twilio.whatsapp-from", phone(), null, "+14155550100"),
          plain(
              "chat.twilio.messaging-service-sid",
              matching("MG[0-9a-zA-Z]{32}", "MG followed by 32 letters or digits"),
              null,
              "MG0123456789abcdef0123456789abcdef"),
          plain(
              "chat.twilio.base-url",
              url("http", "https"),
              "https://api.twilio.com",
              "https://api.twilio.com"),
          plain("chat.twilio.verified-senders", listOf(phone()), null, "+14155550100,+14155550101"),
          plain("chat.twilio.connect-timeout-ms", wholeNumber(1, 600_000), "5000", "5000"),
          plain("chat.twilio.read-timeout-ms", wholeNumber(1, 600_000), "10000", "10000"),
          secret("chat.sendgrid.api-key", text(), "SG.xxxx"),
          plain(
              "chat.sendgrid.verified-senders",
              listOf(sender()),
              null,
              "support@example.com,@example.org"),
          plain(
              "chat.sendgrid.base-url",
              url("http", "https"),
              "https://api.sendgrid.com",
              "https://api.sendgrid.com"),
          plain("chat.sendgrid.timeout-ms", wholeNumber(1, 600_000), "10000", "10000"),
          plain(
              "chat.sendgrid.webhook-public-key",
              text(),
              null,
              "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE..."),
          plain(
              "chat.sendgrid.webhook-public-key-file",
              readableFile(),
              null,
              "/run/secrets/sendgrid-webhook.pem"),
          plain("chat.sendgrid.webhook-max-age-seconds", wholeNumber(1, 86400), "600", "600"),
          secret("chat.sendgrid.inbound-secret", text(), "a-long-random-string"),
          new Setting(
              "chat.redis.url", url("redis", "rediss"), null, true, "redis://redis.internal:6379"),
          plain("chat.reconcile.poll-seconds", wholeNumber(0, 86400), "60", "60"),
          plain("chat.outbox.rate.sms", decimal(0, 1_000_000), "1", "1"),
          plain("chat.outbox.rate.whatsapp", decimal(0, 1_000_000), "80", "80"),
          plain("chat.outbox.rate.email", decimal(0, 1_000_000), "100", "100"),
          plain("chat.outbox.concurrency", wholeNumber(1, 256), "8", "8"),
          plain("chat.outbox.poll-interval", duration(MS, DAY, true), "1000", "PT1S"),
          plain("chat.outbox.reconcile-delay", duration(MS, DAY, true), "30000", "PT30S"),
          plain("chat.outbox.lease", duration(MS, DAY, true), "PT3M", "PT3M"),
          plain("chat.api.send-per-minute", wholeNumber(0, INT), "120", "120"),
          plain("chat.api.send-per-day-per-user", wholeNumber(0, INT), "0", "5000"),
          plain("chat.api.send-per-day", wholeNumber(0, INT), "0", "100000"),
          plain("chat.early-reports.max", wholeNumber(0, INT), "10000", "10000"),
          plain("chat.early-reports.ttl-minutes", wholeNumber(1, 10080), "60", "60"),
          plain("chat.status.group-committers", wholeNumber(1, 64), "2", "2"),
          plain("chat.email.max-attachment-bytes", wholeNumber(1, INT), "10485760", "10485760"),
          plain(
              "chat.email.max-attachments-total-bytes",
              wholeNumber(1, INT),
              "31457280",
              "31457280"),
          plain(
              "chat.schedule.horizon",
              duration(Duration.ofSeconds(1), Duration.ofDays(3650), false),
              "P365D",
              "P30D"),
          plain("chat.webhooks.allow-private", bool(), "false", "false"),
          plain("chat.webhooks.workers", wholeNumber(1, 64), "8", "8"),
          plain("chat.webhooks.timeout", duration(MS, DAY, true), "PT15S", "PT15S"),
          plain("chat.webhooks.lease", duration(MS, DAY, true), "PT30S", "PT30S"),
          plain("chat.webhooks.poll-interval", duration(MS, DAY, true), "PT0.5S", "PT0.5S"),
          plain("chat.webhooks.backoff-scale", decimal(0, 1), "1", "1"),
          plain(
              "chat.webhooks.give-up-after",
              duration(MS, Duration.ofDays(3650), true),
              "P3D",
              "P3D"),
          plain("chat.webhooks.node-id", text(), "(host name)", "node-1"),
          secret("chat.webhooks.secret-key", base64Key(32), "(base64 of 32 random bytes)"),
          plain("chat.log.format", oneOf("simple", "json"), "simple", "json"));

  private Settings() {}

  /** The setting of {@code key}, if it is one of ours. */
  public static Optional<Setting> find(String key) {
    return ALL.stream().filter(s -> s.key().equals(key)).findFirst();
  }
}
