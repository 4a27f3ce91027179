package dev.chatinbox.bench;

import dev.chatinbox.core.infrastructure.devauth.DevSigningKey;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the server under test runs with: Redis on its own port, and the Liberty server configured
 * for production through environment variables only (PostgreSQL, Redis, real Twilio/SendGrid SDKs
 * at the fake carrier, tokens verified with the bench key, dev key off).
 */
final class ServerEnvironment {
  private ServerEnvironment() {}

  /** Starts {@code redis-server} on the bench port; null (and a note) when it cannot. */
  static Process startRedis(Config cfg, Results results) {
    try {
      Process p =
          new ProcessBuilder(
                  "redis-server",
                  "--port",
                  Integer.toString(cfg.redisPort()),
                  "--save",
                  "",
                  "--appendonly",
                  "no",
                  "--bind",
                  "127.0.0.1")
              .redirectErrorStream(true)
              .redirectOutput(cfg.work().resolve("redis.log").toFile())
              .start();
      Thread.sleep(300);
      return p;
    } catch (Exception e) {
      results.notes.put(
          "redis", "not started (" + e.getMessage() + "): the server ran without CHAT_REDIS_URL");
      return null;
    }
  }

  static Map<String, String> of(
      Config cfg, Path dataDir, Signatures signatures, boolean withRedis) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("CHAT_DATA_DIR", dataDir.toString());
    env.put("CHAT_DB_KIND", "postgresql");
    env.put("CHAT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + cfg.database());
    env.put("CHAT_DB_USER", "postgres");
    env.put("CHAT_DB_PASSWORD", "unused-trust-auth");
    env.put("CHAT_DEMO_DATA", "false");
    env.put(
        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
        dataDir.resolve("keys/" + DevSigningKey.PUBLIC_FILE).toUri().toString());
    env.put("CHAT_DEV_KEY_ENABLED", "false");
    env.put("CHAT_PUBLIC_BASE_URL", cfg.base());
    env.put("CHAT_TWILIO_ACCOUNT_SID", StatusCallbacks.TWILIO_ACCOUNT);
    env.put("CHAT_TWILIO_AUTH_TOKEN", Signatures.TWILIO_AUTH_TOKEN);
    env.put("CHAT_TWILIO_BASE_URL", "http://127.0.0.1:" + cfg.carrierPort());
    env.put("CHAT_TWILIO_SMS_FROM", Seeder.OUR_NUMBER);
    env.put("CHAT_TWILIO_WHATSAPP_FROM", Seeder.OUR_WHATSAPP);
    env.put("CHAT_SENDGRID_API_KEY", "SG.bench");
    env.put("CHAT_SENDGRID_BASE_URL", "http://127.0.0.1:" + cfg.carrierPort());
    env.put("CHAT_SENDGRID_VERIFIED_SENDERS", Seeder.OUR_EMAIL);
    env.put("CHAT_SENDGRID_WEBHOOK_PUBLIC_KEY", signatures.sendGridPublicKey());
    if (withRedis) {
      env.put("CHAT_REDIS_URL", "redis://127.0.0.1:" + cfg.redisPort());
    }
    // B3 measures acceptance at 1k/s from one user: the per-user API limit is lifted, the
    // carrier pacing is what production would configure for a short code / email
    env.put("CHAT_API_SEND_PER_MINUTE", "10000000");
    // B5's 2,000 clients are one user (the admin token): the per-user connection limit is lifted
    env.put("CHAT_REALTIME_MAX_CONNECTIONS_PER_USER", "100000");
    // B8's receiver is on loopback, over http (development and tests only; never in production)
    env.put("CHAT_WEBHOOKS_ALLOW_PRIVATE", "true");
    env.put("CHAT_OUTBOX_RATE_SMS", "100");
    env.put("CHAT_OUTBOX_RATE_EMAIL", "100");
    return env;
  }
}
