package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.EventListener;
import dev.chatinbox.sdk.EventSubscription;
import dev.chatinbox.sdk.model.ChatEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chat watch}: streams real-time events as they arrive. */
@Command(
    name = "watch",
    description =
        "Stream real-time events (new messages, status changes, conversation updates) as they"
            + " arrive; Ctrl-C stops. With --json, one JSON object per line.")
public class WatchCommand extends Base {
  @Option(names = "--conversation", paramLabel = "ID", description = "Only this conversation.")
  String conversationId;

  @Option(names = "--since", paramLabel = "EVENT_ID", description = "Resume after this event id.")
  String since;

  @Option(
      names = "--count",
      paramLabel = "N",
      description = "Exit after N events (default: run until interrupted).")
  int count;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "With --count: give up after this many seconds (exit code 9, a line on stderr); without it, watch this long.",
      defaultValue = "0")
  long timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    CountDownLatch remaining = new CountDownLatch(count > 0 ? count : 1);
    AtomicReference<Throwable> fatal = new AtomicReference<>();
    EventListener listener =
        new EventListener() {
          @Override
          public void onEvent(ChatEvent event) {
            if (count > 0 && remaining.getCount() == 0) {
              return;
            }
            print(event);
            if (count > 0) {
              remaining.countDown();
            }
          }

          @Override
          public void onError(Throwable problem) {
            if (problem instanceof dev.chatinbox.sdk.ChatApiException e && e.status() == 401) {
              fatal.set(problem);
              remaining.countDown();
            } else {
              err().println("watch: " + problem.getMessage());
              err().flush();
            }
          }
        };
    var events = client().events();
    try (EventSubscription subscription =
        since != null
            ? events.resume(conversationId, since, listener)
            : conversationId != null
                ? events.subscribe(conversationId, listener)
                : events.subscribe(listener)) {
      if (!subscription.awaitSubscribed(java.time.Duration.ofSeconds(15))) {
        if (fatal.get() instanceof dev.chatinbox.sdk.ChatApiException e) {
          throw e;
        }
        err().println("watch: the server did not confirm the subscription");
        return dev.chatinbox.cli.ExitCodes.UNAVAILABLE;
      }
      if (!out().json()) {
        err().println("Watching" + (conversationId == null ? "" : " " + conversationId) + "…");
        err().flush();
      }
      boolean done =
          timeoutSeconds > 0
              ? remaining.await(timeoutSeconds, TimeUnit.SECONDS)
              : awaitForever(remaining);
      if (fatal.get() instanceof dev.chatinbox.sdk.ChatApiException e) {
        throw e;
      }
      if (!done && count > 0) {
        err()
            .println(
                "watch: timed out after "
                    + timeoutSeconds
                    + " s with "
                    + (count - remaining.getCount())
                    + " of "
                    + count
                    + " events");
        err().flush();
        return dev.chatinbox.cli.ExitCodes.TIMED_OUT;
      }
      return 0;
    }
  }

  private boolean awaitForever(CountDownLatch latch) throws InterruptedException {
    if (count > 0) {
      latch.await();
      return true;
    }
    new CountDownLatch(1).await(); // until interrupted (Ctrl-C)
    return true;
  }

  private void print(ChatEvent event) {
    String summary =
        event
            .message()
            .map(
                m ->
                    m.sender()
                        + ": "
                        + m.text()
                        + (m.status() == null ? "" : " [" + m.status() + "]"))
            .orElse(event.conversation().map(c -> c.fullName()).orElse(""));
    if (out().json()) {
      // the event as the server sent it: the API's shapes, one JSON object per line
      var line = spec.commandLine().getOut();
      line.println(event.json());
      line.flush();
    } else {
      var line = spec.commandLine().getOut();
      line.println(
          String.join(
              "  ",
              String.valueOf(event.occurredAt()),
              event.type(),
              String.valueOf(event.conversationId()),
              summary));
      line.flush();
    }
  }
}
