package dev.chatinbox.api.rest.admin;

import dev.chatinbox.api.lifecycle.ServerConfiguration;
import dev.chatinbox.api.rest.AdministratorsOnly;
import dev.chatinbox.api.security.CurrentCaller;
import dev.chatinbox.core.application.access.AccessPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The effective configuration, for administrators (issue #20). */
@Path("admin/config")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Administration", description = "Operating the server.")
public class ConfigurationResource {
  private CurrentCaller caller;
  private AccessPolicy access;
  private ServerConfiguration configuration;

  protected ConfigurationResource() {}

  @Inject
  public ConfigurationResource(
      CurrentCaller caller, AccessPolicy access, ServerConfiguration configuration) {
    this.caller = caller;
    this.access = access;
    this.configuration = configuration;
  }

  @GET
  @Operation(
      operationId = "getConfiguration",
      summary = "The effective configuration (ADMIN only)",
      description =
          "Every CHAT_* setting with the value this node runs with (its default when not set) and where it comes "
              + "from. Secrets (passwords, tokens, keys, the Redis URL) are never shown: <redacted> when set.")
  @APIResponse(
      responseCode = "200",
      description = "The settings",
      content = @Content(schema = @Schema(implementation = ConfigurationResponse.class)))
  @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
  @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
  @AdministratorsOnly
  public ConfigurationResponse get() {
    access.requireAdmin(caller.get(), "read the configuration");
    return ConfigurationResponse.of(
        new ConfigurationOutput(
            configuration.effective().stream().map(SettingOutput::of).toList()));
  }
}
