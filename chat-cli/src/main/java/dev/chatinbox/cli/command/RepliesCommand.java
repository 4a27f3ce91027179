package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.model.CannedReply;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code replies}: canned replies, shared and personal. */
@Command(
    name = "replies",
    description = "Canned replies: the team's (ADMIN manages them) and your own.",
    subcommands = {
      RepliesCommand.ListReplies.class,
      RepliesCommand.Add.class,
      RepliesCommand.Edit.class,
      RepliesCommand.Remove.class,
      RepliesCommand.Render.class
    })
public class RepliesCommand extends Group {
  static final List<String> HEADERS = List.of("ID", "SHORT CODE", "SHARED", "TITLE", "BODY");

  static List<Object> row(CannedReply r) {
    return Arrays.asList(r.id(), r.shortCode(), r.shared(), r.title(), r.body());
  }

  /** {@code replies list}. */
  @Command(name = "list", description = "List canned replies by short code.")
  static class ListReplies extends Base {
    @Option(names = "--search", description = "Short-code prefix")
    String search;

    @Mixin PageOptions paging;

    @Override
    public Integer call() {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("search", search);
      if (ApiJson.printList(this, paging, "/api/v1/canned-replies", params)) {
        return 0;
      }
      var replies = client().cannedReplies();
      var listing =
          paging.fetch(
              page -> replies.list(search, page, paging.pageSize),
              size -> replies.stream(search, size));
      List<List<Object>> rows = new ArrayList<>();
      listing.items().forEach(r -> rows.add(row(r)));
      out().print(listing.json(), HEADERS, rows);
      return 0;
    }
  }

  /** {@code replies add SHORT_CODE TITLE BODY}. */
  @Command(
      name = "add",
      description =
          "Create a reply; BODY may name {{contact.firstName}}, {{contact.fullName}}, {{agent.name}}.")
  static class Add extends Base {
    @Parameters(index = "0", paramLabel = "SHORT_CODE")
    String shortCode;

    @Parameters(index = "1", paramLabel = "TITLE")
    String title;

    @Parameters(index = "2", paramLabel = "BODY")
    String body;

    @Option(names = "--shared", description = "For the whole team (ADMIN only)")
    boolean shared;

    @Override
    public Integer call() {
      CannedReply r = client().cannedReplies().create(shortCode, title, body, shared);
      out().print(r, HEADERS, List.of(row(r)));
      return 0;
    }
  }

  /** {@code replies edit ID}. */
  @Command(name = "edit", description = "Change a reply's short code, title or body.")
  static class Edit extends Base {
    @Parameters(paramLabel = "REPLY_ID")
    String id;

    @Option(names = "--short-code")
    String shortCode;

    @Option(names = "--title")
    String title;

    @Option(names = "--body")
    String body;

    @Override
    public Integer call() {
      CannedReply r = client().cannedReplies().update(id, shortCode, title, body);
      out().print(r, HEADERS, List.of(row(r)));
      return 0;
    }
  }

  /** {@code replies rm ID}. */
  @Command(name = "rm", description = "Delete a reply.")
  static class Remove extends Base {
    @Parameters(paramLabel = "REPLY_ID")
    String id;

    @Override
    public Integer call() {
      client().cannedReplies().delete(id);
      out().message("Deleted: " + id, Map.of("id", id, "deleted", true));
      return 0;
    }
  }

  /** {@code replies render ID CONVERSATION_ID}. */
  @Command(name = "render", description = "Print a reply filled in for a conversation.")
  static class Render extends Base {
    @Parameters(index = "0", paramLabel = "REPLY_ID")
    String id;

    @Parameters(index = "1", paramLabel = "CONVERSATION_ID")
    String conversationId;

    @Override
    public Integer call() {
      String body = client().cannedReplies().render(id, conversationId);
      out().message(body, Map.of("id", id, "conversationId", conversationId, "body", body));
      return 0;
    }
  }
}
