package dev.chatinbox.sdk.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chatinbox.sdk.internal.generated.model.UpdateConversationRequest;

/**
 * A conversation PATCH that sends {@code "teamId": null} (no team): the generated model leaves null
 * fields out.
 */
public final class ClearTeam extends UpdateConversationRequest {
  @Override
  @JsonProperty("teamId")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public String getTeamId() {
    return null;
  }
}
