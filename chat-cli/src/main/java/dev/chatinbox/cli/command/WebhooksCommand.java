package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.model.WebhookDelivery;
import dev.chatinbox.sdk.model.WebhookEndpoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chat webhooks add|list|rotate|deliveries|replay|test} (ADMIN). */
@Command(
    name = "webhooks",
    description = "Outbound webhooks for integrators (ADMIN): subscribe, rotate, inspect, replay.",
    subcommands = {
      WebhooksCommand.Add.class,
      WebhooksCommand.ListEndpoints.class,
      WebhooksCommand.Rotate.class,
      WebhooksCommand.Deliveries.class,
      WebhooksCommand.Replay.class,
      WebhooksCommand.Test.class
    })
public class WebhooksCommand extends Group {
  static final List<String> HEADERS = List.of("ID", "URL", "EVENT TYPES", "ENABLED", "REASON");

  static List<Object> row(WebhookEndpoint e) {
    return Arrays.asList(
        e.id(),
        e.url(),
        String.join(",", e.eventTypes()),
        e.enabled(),
        e.disabledReason().orElse(""));
  }

  /** Prints an endpoint whose answer carries its secret, and says it is shown once. */
  static void printWithSecret(Base command, WebhookEndpoint e) {
    command.out().print(e, HEADERS, List.of(row(e)));
    if (!command.out().json()) {
      command.err().println("Secret (shown once): " + e.secret().orElse(""));
      command.err().flush();
    }
  }

  /** {@code webhooks add URL}. */
  @Command(name = "add", description = "Subscribe an https URL; prints its signing secret once.")
  static class Add extends Base {
    @Parameters(paramLabel = "URL")
    String url;

    @Option(
        names = "--events",
        split = ",",
        defaultValue = "*",
        description = "Event types (comma-separated), * for all")
    List<String> events;

    @Option(names = "--description")
    String description;

    @Override
    public Integer call() {
      printWithSecret(this, client().webhooks().add(url, events, description));
      return 0;
    }
  }

  /** {@code webhooks list}. */
  @Command(name = "list", description = "List webhook endpoints.")
  static class ListEndpoints extends Base {
    @Override
    public Integer call() {
      if (ApiJson.print(this, "/api/v1/webhook-endpoints", Map.of())) {
        return 0;
      }
      List<WebhookEndpoint> endpoints = client().webhooks().list();
      List<List<Object>> rows = new ArrayList<>();
      endpoints.forEach(e -> rows.add(row(e)));
      out().print(endpoints, HEADERS, rows);
      return 0;
    }
  }

  /** {@code webhooks rotate ID}. */
  @Command(
      name = "rotate",
      description = "A new signing secret; the previous one keeps signing for 24 hours.")
  static class Rotate extends Base {
    @Parameters(paramLabel = "ENDPOINT_ID")
    String id;

    @Override
    public Integer call() {
      printWithSecret(this, client().webhooks().rotate(id));
      return 0;
    }
  }

  /** {@code webhooks deliveries ID}. */
  @Command(name = "deliveries", description = "The newest deliveries and their last attempt.")
  static class Deliveries extends Base {
    @Parameters(paramLabel = "ENDPOINT_ID")
    String id;

    @Option(names = "--limit", defaultValue = "20", description = "1..100")
    int limit;

    @Override
    public Integer call() {
      if (ApiJson.print(
          this, "/api/v1/webhook-endpoints/" + id + "/deliveries", Map.of("limit", limit))) {
        return 0;
      }
      List<WebhookDelivery> deliveries = client().webhooks().deliveries(id, limit);
      List<List<Object>> rows = new ArrayList<>();
      for (WebhookDelivery d : deliveries) {
        WebhookDelivery.Attempt last =
            d.attemptLog().isEmpty() ? null : d.attemptLog().get(d.attemptLog().size() - 1);
        rows.add(
            Arrays.asList(
                d.id(),
                d.eventId(),
                d.eventType(),
                d.state(),
                d.attempts(),
                last == null
                    ? ""
                    : last.statusCode().map(String::valueOf).orElse(last.error().orElse("")),
                d.nextAttemptAt().orElse("")));
      }
      out()
          .print(
              deliveries,
              List.of("ID", "EVENT", "TYPE", "STATE", "ATTEMPTS", "LAST", "NEXT ATTEMPT"),
              rows);
      return 0;
    }
  }

  /** {@code webhooks replay ID --since EVENT_ID}. */
  @Command(name = "replay", description = "Deliver again every event after an event id.")
  static class Replay extends Base {
    @Parameters(paramLabel = "ENDPOINT_ID")
    String id;

    @Option(names = "--since", required = true, paramLabel = "EVENT_ID")
    String since;

    @Override
    public Integer call() {
      int queued = client().webhooks().replay(id, since);
      out().message("Queued " + queued + " events again", Map.of("queued", queued));
      return 0;
    }
  }

  /** {@code webhooks test ID}. */
  @Command(name = "test", description = "Send a ping event.")
  static class Test extends Base {
    @Parameters(paramLabel = "ENDPOINT_ID")
    String id;

    @Override
    public Integer call() {
      long delivery = client().webhooks().test(id);
      out().message("Ping queued (delivery " + delivery + ")", Map.of("deliveryId", delivery));
      return 0;
    }
  }
}
