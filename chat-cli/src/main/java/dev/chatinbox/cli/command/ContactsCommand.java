package dev.chatinbox.cli.command;

import dev.chatinbox.cli.ExitCodes;
import dev.chatinbox.cli.support.Csv;
import dev.chatinbox.cli.support.ProgressBar;
import dev.chatinbox.sdk.ChatApiException;
import dev.chatinbox.sdk.Contacts;
import dev.chatinbox.sdk.model.Contact;
import dev.chatinbox.sdk.model.ContactDetails;
import dev.chatinbox.sdk.model.NewContact;
import dev.chatinbox.sdk.model.Person;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chat contacts show|tag|untag|follow|unfollow|import|list|delete}. The API reaches a
 * contact through one of its conversations, so most subcommands take a conversation id.
 */
@Command(
    name = "contacts",
    description = "Contacts: details, tags, followers, CSV import.",
    subcommands = {
      ContactsCommand.Show.class,
      ContactsCommand.Tag.class,
      ContactsCommand.Untag.class,
      ContactsCommand.Follow.class,
      ContactsCommand.Unfollow.class,
      ContactsCommand.Import.class,
      ContactsCommand.ListContacts.class,
      ContactsCommand.Delete.class
    })
public class ContactsCommand extends Group {

  static void printDetails(Base command, ContactDetails d) {
    command
        .out()
        .details(
            d,
            List.of("email", "emails", "phone", "phones", "owner", "followers", "tags", "dnd"),
            Arrays.asList(
                d.email(),
                String.join(", ", d.emails()),
                d.phone(),
                String.join(", ", d.phones()),
                d.owner() == null ? null : d.owner().name(),
                d.followers().stream().map(Person::name).collect(Collectors.joining(", ")),
                String.join(", ", d.tags()),
                d.dndAll() ? "all channels" : d.dnd() ? "this channel" : "no"));
  }

  /** A command on the contact of a conversation: it prints the contact afterwards. */
  abstract static class OnContact extends Base {
    @Parameters(index = "0", paramLabel = "CONVERSATION_ID")
    String conversationId;

    abstract ContactDetails apply(Contacts contacts);

    @Override
    public Integer call() {
      printDetails(this, apply(client().contacts()));
      return 0;
    }
  }

  /** {@code contacts show CONVERSATION_ID}. */
  @Command(name = "show", description = "Show the contact of a conversation.")
  static class Show extends OnContact {
    @Override
    public Integer call() {
      if (ApiJson.print(
          this, "/api/v1/conversations/" + Paths.segment(conversationId) + "/contact", Map.of())) {
        return 0;
      }
      return super.call();
    }

    @Override
    ContactDetails apply(Contacts contacts) {
      return contacts.get(conversationId);
    }
  }

  /** {@code contacts tag CONVERSATION_ID TAG}. */
  @Command(name = "tag", description = "Tag the contact of a conversation.")
  static class Tag extends OnContact {
    @Parameters(index = "1", paramLabel = "TAG")
    String tag;

    @Override
    ContactDetails apply(Contacts contacts) {
      return contacts.tag(conversationId, tag);
    }
  }

  /** {@code contacts untag CONVERSATION_ID TAG}. */
  @Command(name = "untag", description = "Remove a tag from the contact of a conversation.")
  static class Untag extends OnContact {
    @Parameters(index = "1", paramLabel = "TAG")
    String tag;

    @Override
    ContactDetails apply(Contacts contacts) {
      return contacts.untag(conversationId, tag);
    }
  }

  /** {@code contacts follow CONVERSATION_ID USER_ID}. */
  @Command(name = "follow", description = "Make a user follow the contact of a conversation.")
  static class Follow extends OnContact {
    @Parameters(index = "1", paramLabel = "USER_ID")
    String userId;

    @Override
    ContactDetails apply(Contacts contacts) {
      return contacts.follow(conversationId, userId);
    }
  }

  /** {@code contacts unfollow CONVERSATION_ID USER_ID}. */
  @Command(name = "unfollow", description = "Remove a follower from the contact of a conversation.")
  static class Unfollow extends OnContact {
    @Parameters(index = "1", paramLabel = "USER_ID")
    String userId;

    @Override
    ContactDetails apply(Contacts contacts) {
      return contacts.unfollow(conversationId, userId);
    }
  }

  /** {@code contacts list}. */
  @Command(name = "list", description = "List the contact directory.")
  static class ListContacts extends Base {
    @Option(names = "--search", description = "Name, email or phone")
    String search;

    @Mixin PageOptions paging;

    @Override
    public Integer call() {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("search", search);
      if (ApiJson.printList(this, paging, "/api/v1/contacts", params)) {
        return 0;
      }
      Contacts contacts = client().contacts();
      var listing =
          paging.fetch(
              page -> contacts.list(search, page, paging.pageSize),
              size -> contacts.stream(search, size));
      List<List<Object>> rows = new ArrayList<>();
      for (Contact c : listing.items()) {
        rows.add(
            Arrays.asList(c.id(), c.fullName(), c.email(), c.phone(), String.join(",", c.tags())));
      }
      out().print(listing.json(), List.of("ID", "NAME", "EMAIL", "PHONE", "TAGS"), rows);
      return 0;
    }
  }

  /**
   * {@code contacts import FILE.csv}: one contact per row, header {@code fullName,email,phone}
   * (optional {@code title}, {@code ownerId}). Bad rows are reported with their line numbers and
   * skipped; the rest are imported. Exit 8 when some rows were rejected.
   */
  @Command(
      name = "import",
      description = {
        "Create contacts from a CSV file with a header row: fullName,email,phone[,title,ownerId].",
        "Rejected rows are reported with their line number; the others are imported (exit 8 if"
            + " any was rejected)."
      })
  static class Import extends Base {
    @Parameters(paramLabel = "FILE.csv")
    Path file;

    /** A rejected row. */
    record Rejected(int line, String message) {}

    @Override
    public Integer call() throws IOException {
      List<Csv.Row> rows;
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        rows = Csv.read(in);
      }
      if (rows.isEmpty()) {
        throw new IOException(file + " is empty (a header row is needed)");
      }
      Map<String, Integer> columns = columns(rows.get(0));
      if (!columns.containsKey("fullname")) {
        throw new IOException(
            file + ": the header row needs a fullName column (and email and/or phone)");
      }
      Contacts contacts = client().contacts();
      List<Csv.Row> data = rows.subList(1, rows.size());
      ProgressBar bar = new ProgressBar(err(), root().interactive(), data.size());
      List<Rejected> rejected = new ArrayList<>();
      int imported = 0;
      for (int i = 0; i < data.size(); i++) {
        Csv.Row row = data.get(i);
        String problem = check(row, columns);
        if (problem == null) {
          try {
            contacts.create(
                new NewContact(
                    cell(row, columns, "fullname"),
                    cell(row, columns, "email"),
                    cell(row, columns, "phone"),
                    cell(row, columns, "title"),
                    cell(row, columns, "ownerid")));
            imported++;
          } catch (ChatApiException e) {
            if (e.status() == 401 || e.status() == 403) {
              bar.finish();
              throw e; // every other row would fail the same way
            }
            problem = describe(e);
          }
        }
        if (problem != null) {
          rejected.add(new Rejected(row.line(), problem));
        }
        bar.update(i + 1, rejected.size());
      }
      bar.finish();
      report(imported, rejected);
      if (rejected.isEmpty()) {
        return ExitCodes.OK;
      }
      // nothing imported is a refusal, not a partial success
      return imported == 0 ? ExitCodes.REFUSED : ExitCodes.PARTIAL;
    }

    private void report(int imported, List<Rejected> rejected) {
      if (out().json()) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("imported", imported);
        result.put("rejected", rejected.size());
        result.put(
            "errors",
            rejected.stream()
                .map(r -> Map.<String, Object>of("line", r.line(), "message", r.message()))
                .toList());
        out().printJson(result);
        return;
      }
      for (Rejected r : rejected) {
        err().println(file.getFileName() + ":" + r.line() + ": " + r.message());
      }
      err().flush();
      spec.commandLine().getOut().println("imported " + imported + ", rejected " + rejected.size());
      spec.commandLine().getOut().flush();
    }

    private static Map<String, Integer> columns(Csv.Row header) {
      Map<String, Integer> columns = new LinkedHashMap<>();
      for (int i = 0; i < header.fields().size(); i++) {
        String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT).replace("_", "");
        columns.put(name.equals("name") ? "fullname" : name, i);
      }
      return columns;
    }

    private static String cell(Csv.Row row, Map<String, Integer> columns, String name) {
      Integer i = columns.get(name);
      if (i == null || i >= row.fields().size()) {
        return null;
      }
      String v = row.fields().get(i).trim();
      return v.isEmpty() ? null : v;
    }

    /** What can be told without the server; null when the row looks fine. */
    private static String check(Csv.Row row, Map<String, Integer> columns) {
      if (row.fields().size() > columns.size()) {
        return "has " + row.fields().size() + " fields, the header " + columns.size();
      }
      if (cell(row, columns, "fullname") == null) {
        return "fullName: must not be empty";
      }
      if (cell(row, columns, "email") == null && cell(row, columns, "phone") == null) {
        return "needs an email or a phone";
      }
      return null;
    }

    private static String describe(ChatApiException e) {
      if (!e.errors().isEmpty()) {
        return e.errors().stream()
            .map(f -> f.field() + ": " + f.message())
            .collect(Collectors.joining("; "));
      }
      return e.status() + " " + e.title() + (e.detail() == null ? "" : ": " + e.detail());
    }
  }

  /** {@code contacts delete CONTACT_ID}. */
  @Command(
      name = "delete",
      description = "Delete a contact with its conversations and their messages (ADMIN).")
  static class Delete extends Base {
    @Parameters(paramLabel = "CONTACT_ID")
    String id;

    @Override
    public Integer call() {
      client().contacts().delete(id);
      out().message("deleted " + id, Map.of("deleted", id));
      return 0;
    }
  }
}
