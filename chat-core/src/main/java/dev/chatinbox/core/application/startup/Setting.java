package dev.chatinbox.core.application.startup;

import java.util.Locale;

/**
 * One {@code CHAT_*} setting: its MicroProfile Config key ({@code chat.outbox.lease}), the rule its
 * value must pass, its default as the operator sees it, whether it is a secret (never shown, never
 * logged) and an example value for the message of a bad start.
 */
public record Setting(
    String key, SettingRule rule, String defaultValue, boolean secret, String example) {

  /** The environment variable ({@code chat.outbox.rate.sms} → {@code CHAT_OUTBOX_RATE_SMS}). */
  public String variable() {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  static Setting plain(String key, SettingRule rule, String defaultValue, String example) {
    return new Setting(key, rule, defaultValue, false, example);
  }

  static Setting secret(String key, SettingRule rule, String example) {
    return new Setting(key, rule, null, true, example);
  }
}
