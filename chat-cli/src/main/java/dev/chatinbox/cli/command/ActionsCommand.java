package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.model.ManualAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chat actions list}. */
@Command(
    name = "actions",
    description = "Manual actions (follow-up tasks).",
    subcommands = {ActionsCommand.ListActions.class})
public class ActionsCommand extends Group {

  /** {@code actions list}. */
  @Command(name = "list", description = "List manual actions.")
  static class ListActions extends Base {
    @Option(names = "--status", description = "pending, completed or failed")
    String status;

    @Mixin PageOptions paging;

    @Override
    public Integer call() {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("status", status);
      if (ApiJson.printList(this, paging, "/api/v1/conversations/manual-actions", params)) {
        return 0;
      }
      var actions = client().actions();
      var listing =
          paging.fetch(
              page -> actions.list(status, page, paging.pageSize),
              size -> actions.stream(status, size));
      List<List<Object>> rows = new ArrayList<>();
      for (ManualAction a : listing.items()) {
        rows.add(
            Arrays.asList(
                a.id(), a.conversationId(), a.status(), a.assignedTo(), a.createdAt(), a.action()));
      }
      out()
          .print(
              listing.json(),
              List.of("ID", "CONVERSATION", "STATUS", "ASSIGNED TO", "CREATED", "ACTION"),
              rows);
      return 0;
    }
  }
}
