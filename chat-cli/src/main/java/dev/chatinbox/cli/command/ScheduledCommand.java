package dev.chatinbox.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chat scheduled list|cancel}. */
@Command(
    name = "scheduled",
    description = "Scheduled messages (send with --at to schedule one).",
    subcommands = {ScheduledCommand.ListScheduled.class, ScheduledCommand.Cancel.class})
public class ScheduledCommand extends Group {

  /** {@code scheduled list}. */
  @Command(name = "list", description = "List scheduled messages, soonest first.")
  static class ListScheduled extends Base {
    @Option(names = "--conversation", paramLabel = "ID", description = "Only this conversation.")
    String conversationId;

    @Option(
        names = "--status",
        description = "scheduled (default: every status), cancelled, sent, failed")
    String status;

    @Mixin PageOptions paging;

    @Override
    public Integer call() {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("conversationId", conversationId);
      params.put("status", status);
      if (ApiJson.printList(this, paging, "/api/v1/scheduled-messages", params)) {
        return 0;
      }
      var scheduled = client().scheduled();
      var listing =
          paging.fetch(
              page -> scheduled.list(conversationId, status, page, paging.pageSize),
              size -> scheduled.stream(conversationId, status, size));
      List<List<Object>> rows = new ArrayList<>();
      listing.items().forEach(m -> rows.add(MessagesCommand.row(m)));
      out().print(listing.json(), MessagesCommand.HEADERS, rows);
      return 0;
    }
  }

  /** {@code scheduled cancel MESSAGE_ID}. */
  @Command(name = "cancel", description = "Cancel a message that is still scheduled.")
  static class Cancel extends Base {
    @Parameters(paramLabel = "MESSAGE_ID")
    String messageId;

    @Override
    public Integer call() {
      String status = client().scheduled().cancel(messageId);
      out().message("Cancelled " + messageId, Map.of("id", messageId, "status", status));
      return 0;
    }
  }
}
