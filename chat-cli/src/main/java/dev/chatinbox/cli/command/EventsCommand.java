package dev.chatinbox.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatinbox.sdk.Webhooks.EventPage;
import dev.chatinbox.sdk.model.WebhookEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chat events --after ID [--follow]}: the integrator events (ADMIN) in commit order, one
 * line each ({@code --json}: the event's body as received, one per line); {@code --follow} keeps
 * polling for new ones.
 */
@Command(
    name = "events",
    description = "Integrator events after an event id, in commit order (ADMIN).")
public class EventsCommand extends Base {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--after", paramLabel = "EVENT_ID", description = "Resume after this event id")
  String after;

  @Option(names = "--types", split = ",", description = "Only these event types")
  List<String> types = List.of();

  @Option(names = "--follow", description = "Keep polling for new events (Ctrl-C stops)")
  boolean follow;

  @Option(names = "--poll-ms", defaultValue = "1000", description = "Pause between polls")
  long pollMs;

  @Override
  public Integer call() throws InterruptedException {
    String position = after;
    while (true) {
      EventPage page = client().webhooks().events(position, types, 500);
      for (WebhookEvent e : page.events()) {
        print(e);
      }
      position = page.next();
      if (page.hasMore()) {
        continue;
      }
      if (!follow) {
        return 0;
      }
      Thread.sleep(Math.max(100, pollMs));
    }
  }

  private void print(WebhookEvent e) {
    var w = spec.commandLine().getOut();
    if (out().json()) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", e.id());
      try {
        line.putAll(JSON.readValue(e.json(), Map.class));
      } catch (java.io.IOException unreadable) {
        throw new IllegalStateException("an event is not JSON", unreadable);
      }
      out().printJsonLine(line);
      return;
    } else {
      String what =
          e.message()
              .map(
                  m ->
                      m.sender()
                          + ": "
                          + m.text()
                          + (m.status() == null ? "" : " [" + m.status() + "]"))
              .or(() -> e.conversation().map(c -> c.fullName()))
              .or(() -> e.contact().map(c -> c.fullName()))
              .orElse(e.conversationId().or(e::contactId).orElse(""));
      w.println(String.join("  ", e.id(), String.valueOf(e.timestamp()), e.type(), what));
    }
    w.flush();
  }
}
