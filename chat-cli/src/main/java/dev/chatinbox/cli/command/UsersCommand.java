package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.model.NewUser;
import dev.chatinbox.sdk.model.User;
import dev.chatinbox.sdk.model.UserUpdate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chat users list|add|update} (add and update need an ADMIN token). */
@Command(
    name = "users",
    description = "The team: list, add and update users.",
    subcommands = {
      UsersCommand.ListUsers.class,
      UsersCommand.Add.class,
      UsersCommand.Update.class,
      UsersCommand.Availability.class
    })
public class UsersCommand extends Group {
  static final List<String> HEADERS = List.of("ID", "USERNAME", "NAME", "EMAIL", "ROLES", "ACTIVE");

  static List<Object> row(User u) {
    return Arrays.asList(
        u.id(), u.username(), u.name(), u.email(), String.join(",", u.roles()), u.active());
  }

  /** {@code users list}. */
  @Command(name = "list", description = "List users.")
  static class ListUsers extends Base {
    @Option(names = "--include-inactive", description = "Also deactivated users")
    boolean includeInactive;

    @Override
    public Integer call() {
      if (ApiJson.print(
          this, "/api/v1/users", includeInactive ? Map.of("includeInactive", true) : Map.of())) {
        return 0;
      }
      List<User> users = client().users().list(includeInactive);
      List<List<Object>> rows = new ArrayList<>();
      users.forEach(u -> rows.add(row(u)));
      out().print(users, HEADERS, rows);
      return 0;
    }
  }

  /** {@code users add}. */
  @Command(name = "add", description = "Create a user (ADMIN).")
  static class Add extends Base {
    @Option(names = "--username", required = true)
    String username;

    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--email", required = true)
    String email;

    @Option(
        names = "--role",
        split = ",",
        defaultValue = "USER",
        description = "ADMIN, USER or CUST (repeat or comma-separate)")
    List<String> roles;

    @Option(names = "--subject", description = "Token subject (default: the username)")
    String subject;

    @Override
    public Integer call() {
      User u = client().users().create(new NewUser(username, name, email, roles, subject));
      out().print(u, HEADERS, List.of(row(u)));
      return 0;
    }
  }

  /** {@code users update USER_ID}. */
  @Command(name = "update", description = "Change a user's name, roles or active flag (ADMIN).")
  static class Update extends Base {
    @Parameters(paramLabel = "USER_ID")
    String userId;

    @Option(names = "--name")
    String name;

    @Option(names = "--role", split = ",", description = "Replaces the roles")
    List<String> roles;

    @Option(names = "--active", arity = "1", description = "true or false")
    Boolean active;

    @Override
    public Integer call() {
      User u = client().users().update(userId, new UserUpdate(name, roles, active));
      out().print(u, HEADERS, List.of(row(u)));
      return 0;
    }
  }

  /** {@code users availability online|busy|offline}: your own (#18). */
  @Command(
      name = "availability",
      description = "Set your availability: online, busy or offline (auto-assignment).")
  static class Availability extends Base {
    @Parameters(paramLabel = "AVAILABILITY")
    String availability;

    @Override
    public Integer call() {
      User u = client().users().setAvailability(availability);
      out().message(u.username() + " is " + availability, u);
      return 0;
    }
  }
}
