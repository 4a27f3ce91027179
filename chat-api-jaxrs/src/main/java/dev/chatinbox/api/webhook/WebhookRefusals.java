package dev.chatinbox.api.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many webhook requests this node refused (bad or missing signature or secret, stale
 * timestamp), per webhook since the start. Refusals are counted here instead of logged one by one:
 * anyone can post to a public webhook, and a log line per attempt let an attacker grow the log by
 * megabytes a minute (issue #17). A metrics endpoint can expose {@link #counts()}.
 */
@ApplicationScoped
public class WebhookRefusals {
  private final Map<String, LongAdder> refused = new ConcurrentHashMap<>();

  /** Counts one refused request to {@code webhook}. */
  public void record(String webhook) {
    refused.computeIfAbsent(webhook, w -> new LongAdder()).increment();
  }

  /** Refused requests per webhook, by name. */
  public Map<String, Long> counts() {
    Map<String, Long> counts = new TreeMap<>();
    refused.forEach((webhook, count) -> counts.put(webhook, count.sum()));
    return counts;
  }
}
