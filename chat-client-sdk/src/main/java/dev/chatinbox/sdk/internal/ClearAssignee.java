package dev.chatinbox.sdk.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chatinbox.sdk.internal.generated.model.UpdateConversationRequest;

/**
 * A conversation PATCH that sends {@code "assigneeId": null} (unassign): the generated model leaves
 * null fields out.
 */
public final class ClearAssignee extends UpdateConversationRequest {
  @Override
  @JsonProperty("assigneeId")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public String getAssigneeId() {
    return null;
  }
}
