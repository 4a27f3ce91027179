package dev.chatinbox.sdk;

import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.Mapping;
import dev.chatinbox.sdk.internal.generated.api.ReportsApi;
import dev.chatinbox.sdk.model.SummaryReport;
import java.time.Instant;
import java.util.UUID;

/** Team reports (administrators only). */
public final class Reports {
  private final ReportsApi api;
  private final Calls calls;

  Reports(ReportsApi api, Calls calls) {
    this.api = api;
    this.calls = calls;
  }

  /**
   * The summary of {@code [from, to)} (null: the 30 days before now); {@code team} and {@code
   * assignee} (a user id, or {@code me}) may be null.
   */
  public SummaryReport summary(Instant from, Instant to, String team, String assignee) {
    var out =
        calls.idempotent(
            () ->
                api.getSummaryReport(
                    assignee,
                    Mapping.offset(from),
                    team == null ? null : UUID.fromString(team),
                    Mapping.offset(to)));
    return Mapping.summary(out.getData());
  }
}
