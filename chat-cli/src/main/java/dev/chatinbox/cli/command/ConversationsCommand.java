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

/** {@code chat conversations list|show|star|read|delete|status|snooze|assign|counts}. */
@Command(
    name = "conversations",
    description = "List and change conversations.",
    subcommands = {
      ConversationsCommand.ListConversations.class,
      ConversationsCommand.Show.class,
      ConversationsCommand.Star.class,
      ConversationsCommand.Read.class,
      ConversationsCommand.Delete.class,
      ConversationsCommand.Status.class,
      ConversationsCommand.Snooze.class,
      ConversationsCommand.Assign.class,
      ConversationsCommand.Counts.class
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

    @Option(names = "--status", description = "open, pending, snoozed or resolved")
    String status;

    @Option(names = "--assignee", description = "me, unassigned or a user id")
    String assignee;

    @Option(names = "--team", description = "A team id")
    String team;

    @Mixin PageOptions paging;

    @Override
    public Integer call() {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("filter", filter);
      params.put("channel", channel);
      params.put("search", search);
      params.put("sort", sort);
      params.put("status", status);
      params.put("assignee", assignee);
      params.put("team", team);
      if (ApiJson.printList(this, paging, "/api/v1/conversations", params)) {
        return 0;
      }
      ConversationQuery query =
          ConversationQuery.all()
              .filter(filter)
              .channel(channel == null ? null : Channel.parse(channel))
              .search(search)
              .sort(sort)
              .status(status)
              .assignee(assignee)
              .team(team);
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

  /** {@code conversations status ID STATUS}. */
  @Command(name = "status", description = "Set the status: open, pending or resolved.")
  static class Status extends Base {
    @Parameters(index = "0", paramLabel = "CONVERSATION_ID")
    String id;

    @Parameters(index = "1", paramLabel = "STATUS", description = "open, pending, resolved")
    String status;

    @Override
    public Integer call() {
      Conversation c = client().conversations().setStatus(id, status);
      out().message(c.status() + " " + c.id(), c);
      return 0;
    }
  }

  /** {@code conversations snooze ID --until ISO}. */
  @Command(name = "snooze", description = "Snooze until a time (it reopens then).")
  static class Snooze extends Base {
    @Parameters(paramLabel = "CONVERSATION_ID")
    String id;

    @Option(names = "--until", required = true, description = "ISO 8601, e.g. 2026-12-01T09:00:00Z")
    String until;

    @Override
    public Integer call() {
      Conversation c = client().conversations().snooze(id, java.time.Instant.parse(until));
      out().message("snoozed " + c.id() + " until " + c.snoozedUntil(), c);
      return 0;
    }
  }

  /** {@code conversations assign ID [--user ID|--none] [--team ID|--no-team]}. */
  @Command(name = "assign", description = "Assign to a user and/or a team, or clear them.")
  static class Assign extends Base {
    @Parameters(paramLabel = "CONVERSATION_ID")
    String id;

    @Option(names = "--user", description = "The assignee's user id")
    String user;

    @Option(names = "--none", description = "Unassign")
    boolean none;

    @Option(names = "--team", description = "The team's id")
    String team;

    @Option(names = "--no-team", description = "Take it from its team")
    boolean noTeam;

    @Override
    public Integer call() {
      var conversations = client().conversations();
      Conversation c = null;
      if (none) {
        c = conversations.unassign(id);
      } else if (user != null) {
        c = conversations.assign(id, user);
      }
      if (noTeam) {
        c = conversations.assignTeam(id, null);
      } else if (team != null) {
        c = conversations.assignTeam(id, team);
      }
      if (c == null) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "give --user, --none, --team or --no-team");
      }
      out()
          .message(
              "assigned "
                  + c.id()
                  + " to "
                  + (c.assignee() == null ? "nobody" : c.assignee().username())
                  + (c.team() == null ? "" : " (team " + c.team().name() + ")"),
              c);
      return 0;
    }
  }

  /** {@code conversations counts [--status S]}. */
  @Command(name = "counts", description = "Counts per status, and mine / unassigned / all.")
  static class Counts extends Base {
    @Option(names = "--status", description = "Count mine, unassigned and all within a status")
    String status;

    @Override
    public Integer call() {
      var counts = client().conversations().counts(status);
      List<List<Object>> rows = new ArrayList<>();
      counts.byStatus().forEach((k, v) -> rows.add(Arrays.asList(k, v)));
      rows.add(Arrays.asList("mine", counts.mine()));
      rows.add(Arrays.asList("unassigned", counts.unassigned()));
      rows.add(Arrays.asList("all", counts.all()));
      out().print(counts, List.of("COUNT", "VALUE"), rows);
      return 0;
    }
  }
}
