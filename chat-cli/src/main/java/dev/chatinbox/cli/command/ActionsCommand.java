package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.Page;
import dev.chatinbox.sdk.model.ManualAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
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

    @Option(names = "--page", defaultValue = "1")
    int page;

    @Option(names = "--page-size", defaultValue = "50")
    int pageSize;

    @Option(names = "--all", description = "Every page")
    boolean all;

    @Override
    public Integer call() {
      List<ManualAction> items;
      Object json;
      if (all) {
        items = client().actions().stream(status, pageSize).toList();
        json = items;
      } else {
        Page<ManualAction> p = client().actions().list(status, page, pageSize);
        items = p.items();
        json = p;
      }
      List<List<Object>> rows = new ArrayList<>();
      for (ManualAction a : items) {
        rows.add(
            Arrays.asList(
                a.id(), a.conversationId(), a.status(), a.assignedTo(), a.createdAt(), a.action()));
      }
      out()
          .print(
              json,
              List.of("ID", "CONVERSATION", "STATUS", "ASSIGNED TO", "CREATED", "ACTION"),
              rows);
      return 0;
    }
  }
}
