package dev.chatinbox.sdk;

import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.Mapping;
import dev.chatinbox.sdk.internal.Pages;
import dev.chatinbox.sdk.internal.generated.api.ManualActionsApi;
import dev.chatinbox.sdk.internal.generated.model.CreateManualActionRequest;
import dev.chatinbox.sdk.internal.generated.model.UpdateManualActionRequest;
import dev.chatinbox.sdk.model.ManualAction;
import java.util.stream.Stream;

/** Manual actions (spec section 8): follow-up tasks on conversations. */
public final class Actions {
  private final ManualActionsApi api;
  private final Calls calls;

  Actions(ManualActionsApi api, Calls calls) {
    this.api = api;
    this.calls = calls;
  }

  /** One page; {@code status} ({@code pending}, {@code completed}, {@code failed}) may be null. */
  public Page<ManualAction> list(String status, int page, int pageSize) {
    var out = calls.idempotent(() -> api.listManualActions(page, pageSize, status));
    return Mapping.page(out.getData().getData(), out.getData().getMeta(), Mapping::action);
  }

  /** Every action with that status (null: all), page by page. */
  public Stream<ManualAction> stream(String status, int pageSize) {
    return Pages.stream(page -> list(status, page, pageSize));
  }

  public ManualAction create(String conversationId, String action, String assignedTo) {
    var request =
        new CreateManualActionRequest()
            .conversationId(conversationId)
            .action(action)
            .assignedTo(assignedTo);
    return Mapping.action(calls.once(() -> api.createManualAction(request)).getData());
  }

  /** Sets the status ({@code completed}, {@code failed}, {@code pending}). */
  public ManualAction setStatus(String actionId, String status) {
    var request =
        new UpdateManualActionRequest()
            .status(UpdateManualActionRequest.StatusEnum.fromValue(status));
    return Mapping.action(calls.once(() -> api.updateManualAction(actionId, request)).getData());
  }
}
