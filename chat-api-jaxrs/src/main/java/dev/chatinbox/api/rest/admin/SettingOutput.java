package dev.chatinbox.api.rest.admin;

import dev.chatinbox.api.lifecycle.ServerConfiguration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One setting in effect. */
@Schema(name = "SettingOutput")
public record SettingOutput(
    @Schema(required = true, description = "Environment variable, e.g. CHAT_OUTBOX_LEASE")
        String variable,
    @Schema(required = true, description = "MicroProfile Config key, e.g. chat.outbox.lease")
        String key,
    @Schema(
            description =
                "The value in effect (the default when not set); <redacted> for a secret that is set, omitted for"
                    + " one that is not")
        String value,
    @Schema(
            required = true,
            description = "Where the value comes from: default, or the configuration source's name")
        String source,
    @Schema(required = true, description = "true: a secret, never shown") boolean secret) {

  static SettingOutput of(ServerConfiguration.Effective e) {
    return new SettingOutput(
        e.setting().variable(), e.setting().key(), e.value(), e.source(), e.setting().secret());
  }
}
