package dev.chatinbox.api.rest.admin;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The server's effective configuration. */
@Schema(name = "ConfigurationOutput")
public record ConfigurationOutput(
    @Schema(required = true, description = "Every CHAT_* setting, in README order")
        List<SettingOutput> settings) {}
