package dev.chatinbox.api.rest.admin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code BaseApiResponse<ConfigurationOutput>}. */
@Schema(name = "ConfigurationResponse")
public record ConfigurationResponse(
    @Schema(required = true, defaultValue = "true") boolean success,
    @Schema(required = true) ConfigurationOutput data) {
  static ConfigurationResponse of(ConfigurationOutput data) {
    return new ConfigurationResponse(true, data);
  }
}
