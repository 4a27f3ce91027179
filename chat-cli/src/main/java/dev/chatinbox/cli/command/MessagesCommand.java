package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.model.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code chat messages list}. */
@Command(
    name = "messages",
    description = "Message history.",
    subcommands = {MessagesCommand.ListMessages.class})
public class MessagesCommand extends Group {
  static final List<String> HEADERS = List.of("ID", "AT", "FROM", "CHANNEL", "STATUS", "TEXT");

  static List<Object> row(Message m) {
    return Arrays.asList(
        m.id(),
        m.scheduledAt() != null ? m.scheduledAt() : m.timestamp(),
        m.sender(),
        m.channel() == null ? null : m.channel().wire(),
        m.status(),
        m.text());
  }

  /** {@code messages list CONVERSATION_ID}. */
  @Command(name = "list", description = "List a conversation's messages (newest first).")
  static class ListMessages extends Base {
    @Parameters(paramLabel = "CONVERSATION_ID")
    String conversationId;

    @Mixin PageOptions paging;

    @Override
    public Integer call() {
      if (ApiJson.printList(
          this,
          paging,
          "/api/v1/conversations/" + Paths.segment(conversationId) + "/messages",
          Map.of())) {
        return 0;
      }
      var messages = client().messages();
      var listing =
          paging.fetch(
              page -> messages.list(conversationId, page, paging.pageSize),
              size -> messages.stream(conversationId, size));
      List<List<Object>> rows = new ArrayList<>();
      listing.items().forEach(m -> rows.add(row(m)));
      out().print(listing.json(), HEADERS, rows);
      return 0;
    }
  }
}
