package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.ConversationQuery;
import dev.chatinbox.sdk.model.Channel;
import dev.chatinbox.sdk.model.Conversation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chat conversations list|show|star|read|delete}. */
@Command(
    name = "conversations",
    description = "List and change conversations.",
    subcommands = {
      ConversationsCommand.ListConversations.class,
      ConversationsCommand.Show.class,
      ConversationsCommand.Star.class,
      ConversationsCommand.Read.class,
      ConversationsCommand.Delete.class
    })
public class ConversationsCommand extends Group {
  static final List<String> HEADERS =
      List.of("ID", "NAME", "CHANNEL", "UNREAD", "STAR", "LAST MESSAGE AT", "LAST MESSAGE");

  static List<Object> row(Conversation c) {
    return Arrays.asList(
        c.id(),
        c.fullName(),
        c.channel() == null ? null : c.channel().wire(),
        c.unreadCount(),
        c.starred() ? "*" : "",
        c.lastMessageAt(),
        c.lastMessage());
  }

  /** {@code conversations list}. */
  @Command(name = "list", description = "List conversations (newest first).")
  static class ListConversations extends Base {
    @Option(names = "--filter", description = "all, unread, recents, starred")
    String filter;

    @Option(names = "--channel", description = "SMS, WhatsApp or Email")
    String channel;

    @Option(names = "--search", description = "Name, email, phone or message text")
    String search;

    @Option(names = "--sort", description = "latest (default) or oldest")
    String sort;

    @Mixin PageOptions paging;

    @Override
    public Integer call() {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("filter", filter);
      params.put("channel", channel);
      params.put("search", search);
      params.put("sort", sort);
      if (ApiJson.printList(this, paging, "/api/v1/conversations", params)) {
        return 0;
      }
      ConversationQuery query =
          ConversationQuery.all()
              .filter(filter)
              .channel(channel == null ? null : Channel.parse(channel))
              .search(search)
              .sort(sort);
      var conversations = client().conversations();
      var listing =
          paging.fetch(
              page -> conversations.list(query.pageSize(paging.pageSize), page),
              size -> conversations.stream(query.pageSize(size)));
      List<List<Object>> rows = new ArrayList<>();
      listing.items().forEach(c -> rows.add(row(c)));
      out().print(listing.json(), HEADERS, rows);
      return 0;
    }
  }

  /** {@code conversations show ID}. */
  @Command(name = "show", description = "Show one conversation and its contact.")
  static class Show extends Base {
    @Parameters(paramLabel = "CONVERSATION_ID")
    String id;

    @Override
    public Integer call() {
      if (ApiJson.print(this, "/api/v1/conversations/" + Paths.segment(id), Map.of())) {
        return 0;
      }
      Conversation c = client().conversations().get(id);
      var contact = c.contact();
      out()
          .details(
              c,
              List.of(
                  "id",
                  "name",
                  "channel",
                  "unread",
                  "starred",
                  "last message",
                  "at",
                  "email",
                  "phone",
                  "tags",
                  "owner"),
              Arrays.asList(
                  c.id(),
                  c.fullName(),
                  c.channel() == null ? null : c.channel().wire(),
                  c.unreadCount(),
                  c.starred(),
                  c.lastMessage(),
                  c.lastMessageAt(),
                  contact == null ? null : contact.email(),
                  contact == null ? null : contact.phone(),
                  contact == null ? null : String.join(", ", contact.tags()),
                  contact == null || contact.owner() == null ? null : contact.owner().name()));
      return 0;
    }
  }

  /** {@code conversations star ID [--off]}. */
  @Command(name = "star", description = "Star a conversation (--off to unstar).")
  static class Star extends Base {
    @Parameters(paramLabel = "CONVERSATION_ID")
    String id;

    @Option(names = "--off", description = "Unstar")
    boolean off;

    @Override
    public Integer call() {
      Conversation c = client().conversations().star(id, !off);
      out().message((c.starred() ? "starred " : "unstarred ") + c.id(), c);
      return 0;
    }
  }

  /** {@code conversations read ID}. */
  @Command(name = "read", description = "Mark a conversation read (unread count 0).")
  static class Read extends Base {
    @Parameters(paramLabel = "CONVERSATION_ID")
    String id;

    @Override
    public Integer call() {
      Conversation c = client().conversations().markRead(id);
      out().message("marked read " + c.id(), c);
      return 0;
    }
  }

  /** {@code conversations delete ID}. */
  @Command(name = "delete", description = "Delete a conversation and its messages.")
  static class Delete extends Base {
    @Parameters(paramLabel = "CONVERSATION_ID")
    String id;

    @Override
    public Integer call() {
      client().conversations().delete(id);
      out().message("deleted " + id, Map.of("deleted", id));
      return 0;
    }
  }
}
