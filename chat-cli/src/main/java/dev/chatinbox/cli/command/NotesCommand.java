package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.model.Mention;
import dev.chatinbox.sdk.model.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notes}: private notes and the caller's mentions. */
@Command(
    name = "notes",
    description = "Private notes (never sent to the contact) and your @mentions.",
    subcommands = {NotesCommand.Add.class, NotesCommand.Mentions.class, NotesCommand.Read.class})
public class NotesCommand extends Group {

  /** {@code notes add CONVERSATION_ID TEXT}. */
  @Command(
      name = "add",
      description = "Write a note; @username mentions a team member who can see the conversation.")
  static class Add extends Base {
    @Parameters(index = "0", paramLabel = "CONVERSATION_ID")
    String conversationId;

    @Parameters(index = "1", paramLabel = "TEXT")
    String text;

    @Override
    public Integer call() {
      Message note = client().notes().write(conversationId, text);
      out()
          .print(
              note,
              List.of("ID", "CONVERSATION", "TIME", "NOTE"),
              List.of(
                  Arrays.asList(note.id(), note.conversationId(), note.timestamp(), note.text())));
      return 0;
    }
  }

  /** {@code notes mentions}. */
  @Command(name = "mentions", description = "List your mentions, newest first.")
  static class Mentions extends Base {
    @Option(names = "--unread", description = "Only those not read yet")
    boolean unread;

    @Mixin PageOptions paging;

    @Override
    public Integer call() {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("unread", unread ? "true" : null);
      if (ApiJson.printList(this, paging, "/api/v1/mentions", params)) {
        return 0;
      }
      var notes = client().notes();
      var listing =
          paging.fetch(
              page -> notes.mentions(unread, page, paging.pageSize),
              size -> notes.streamMentions(unread, size));
      List<List<Object>> rows = new ArrayList<>();
      for (Mention m : listing.items()) {
        rows.add(
            Arrays.asList(
                m.id(),
                m.conversationId(),
                m.mentionedBy(),
                m.createdAt(),
                m.readAt() == null ? "unread" : m.readAt(),
                m.note() == null ? "" : m.note().text()));
      }
      out()
          .print(
              listing.json(), List.of("ID", "CONVERSATION", "BY", "CREATED", "READ", "NOTE"), rows);
      return 0;
    }
  }

  /** {@code notes read MENTION_ID}. */
  @Command(name = "read", description = "Mark one of your mentions read.")
  static class Read extends Base {
    @Parameters(paramLabel = "MENTION_ID")
    String mentionId;

    @Override
    public Integer call() {
      client().notes().markRead(mentionId);
      out().message("Marked read: " + mentionId, Map.of("id", mentionId, "read", true));
      return 0;
    }
  }
}
