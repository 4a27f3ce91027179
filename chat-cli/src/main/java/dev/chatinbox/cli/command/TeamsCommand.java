package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.model.Channel;
import dev.chatinbox.sdk.model.Team;
import dev.chatinbox.sdk.model.TeamMember;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chat teams list|add|update|delete|add-member|remove-member} (#18). */
@Command(
    name = "teams",
    description = "Teams: list them; create, change, delete them and manage members (ADMIN).",
    subcommands = {
      TeamsCommand.ListTeams.class,
      TeamsCommand.Add.class,
      TeamsCommand.Update.class,
      TeamsCommand.Delete.class,
      TeamsCommand.AddMember.class,
      TeamsCommand.RemoveMember.class
    })
public class TeamsCommand extends Group {
  static final List<String> HEADERS =
      List.of("ID", "NAME", "AUTO ASSIGN", "CAPACITY", "CHANNELS", "MEMBERS");

  static List<Object> row(Team t) {
    return Arrays.asList(
        t.id(),
        t.name(),
        t.autoAssign(),
        t.agentCapacity(),
        t.inboundChannels().stream().map(Channel::wire).collect(Collectors.joining(",")),
        t.members().stream().map(TeamMember::username).collect(Collectors.joining(",")));
  }

  static Integer show(Base command, Team t) {
    command.out().print(t, HEADERS, List.of(row(t)));
    return 0;
  }

  /** {@code teams list}. */
  @Command(name = "list", description = "List teams.")
  static class ListTeams extends Base {
    @Override
    public Integer call() {
      if (ApiJson.print(this, "/api/v1/teams", Map.of())) {
        return 0;
      }
      List<Team> teams = client().teams().list();
      List<List<Object>> rows = new ArrayList<>();
      teams.forEach(t -> rows.add(row(t)));
      out().print(teams, HEADERS, rows);
      return 0;
    }
  }

  /** {@code teams add NAME}. */
  @Command(name = "add", description = "Create a team (ADMIN).")
  static class Add extends Base {
    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return show(this, client().teams().create(name));
    }
  }

  /** {@code teams update ID [--name] [--auto-assign true|false] [--capacity N] [--channels]}. */
  @Command(name = "update", description = "Change a team (ADMIN).")
  static class Update extends Base {
    @Parameters(paramLabel = "TEAM_ID")
    String id;

    @Option(names = "--name")
    String name;

    @Option(names = "--auto-assign", description = "true or false", arity = "1")
    Boolean autoAssign;

    @Option(names = "--capacity", description = "Most unresolved conversations per member")
    Integer capacity;

    @Option(
        names = "--channels",
        split = ",",
        description = "Channels whose new inbound conversations go to this team")
    List<String> channels;

    @Override
    public Integer call() {
      return show(
          this,
          client()
              .teams()
              .update(
                  id,
                  name,
                  autoAssign,
                  capacity,
                  channels == null ? null : channels.stream().map(Channel::parse).toList()));
    }
  }

  /** {@code teams delete ID}. */
  @Command(name = "delete", description = "Delete a team (ADMIN).")
  static class Delete extends Base {
    @Parameters(paramLabel = "TEAM_ID")
    String id;

    @Override
    public Integer call() {
      client().teams().delete(id);
      out().message("deleted " + id, Map.of("deleted", id));
      return 0;
    }
  }

  /** {@code teams add-member TEAM_ID USER_ID}. */
  @Command(name = "add-member", description = "Add a member (ADMIN).")
  static class AddMember extends Base {
    @Parameters(index = "0", paramLabel = "TEAM_ID")
    String id;

    @Parameters(index = "1", paramLabel = "USER_ID")
    String userId;

    @Override
    public Integer call() {
      return show(this, client().teams().addMember(id, userId));
    }
  }

  /** {@code teams remove-member TEAM_ID USER_ID}. */
  @Command(name = "remove-member", description = "Remove a member (ADMIN).")
  static class RemoveMember extends Base {
    @Parameters(index = "0", paramLabel = "TEAM_ID")
    String id;

    @Parameters(index = "1", paramLabel = "USER_ID")
    String userId;

    @Override
    public Integer call() {
      return show(this, client().teams().removeMember(id, userId));
    }
  }
}
