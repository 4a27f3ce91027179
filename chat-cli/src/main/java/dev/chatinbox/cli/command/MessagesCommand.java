package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.Page;
import dev.chatinbox.sdk.model.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Option(names = "--page", defaultValue = "1", description = "Page, from 1")
    int page;

    @Option(names = "--page-size", defaultValue = "50", description = "1 to 200")
    int pageSize;

    @Option(names = "--all", description = "The whole history")
    boolean all;

    @Override
    public Integer call() {
      List<Message> items;
      Object json;
      if (all) {
        items = client().messages().stream(conversationId, pageSize).toList();
        json = items;
      } else {
        Page<Message> p = client().messages().list(conversationId, page, pageSize);
        items = p.items();
        json = p;
      }
      List<List<Object>> rows = new ArrayList<>();
      items.forEach(m -> rows.add(row(m)));
      out().print(json, HEADERS, rows);
      return 0;
    }
  }
}
