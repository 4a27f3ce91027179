package dev.chatinbox.api.rest.report;

import dev.chatinbox.api.rest.common.Timestamps;
import dev.chatinbox.core.application.report.ReportCriteria;
import dev.chatinbox.core.application.view.SummaryReportView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The summary of a window: every channel together, then each channel. */
@Schema(name = "SummaryReport")
public record SummaryReportOutput(
    @Schema(required = true, description = "Start of the window (inclusive), ISO 8601") String from,
    @Schema(required = true, description = "End of the window (exclusive), ISO 8601") String to,
    @Schema(description = "The team filter, when given") String team,
    @Schema(description = "The assignee filter (a user id), when given") String assignee,
    @Schema(required = true) Figures total,
    @Schema(required = true, description = "SMS, WhatsApp, Email, each always present")
        List<ChannelFigures> channels) {

  /** Counts and timings of one slice. */
  @Schema(name = "ReportFigures")
  public record Figures(
      @Schema(
              required = true,
              description =
                  "Conversations opened in the window: new ones and resolved ones that reopened")
          long opened,
      @Schema(
              required = true,
              description =
                  "Resolutions in the window (a conversation resolved twice counts twice)")
          long resolved,
      @Schema(
              required = true,
              description =
                  "From the contact's first message of an opening to the team's first reply after"
                      + " it (notes, activity and system messages are not replies), for the"
                      + " openings whose first contact message is in the window")
          Timing firstResponse,
      @Schema(
              required = true,
              description = "From an opening to its resolution, for the resolutions in the window")
          Timing resolution) {}

  /** Median and 90th percentile in seconds (omitted when count is 0). */
  @Schema(name = "ReportTiming")
  public record Timing(
      @Schema(required = true) long count, Double medianSeconds, Double p90Seconds) {}

  @Schema(name = "ReportChannelFigures")
  public record ChannelFigures(
      @Schema(
              required = true,
              enumeration = {"SMS", "WhatsApp", "Email"})
          String channel,
      @Schema(required = true) Figures figures) {}

  public static SummaryReportOutput of(ReportCriteria criteria, SummaryReportView v) {
    return new SummaryReportOutput(
        Timestamps.format(criteria.from()),
        Timestamps.format(criteria.to()),
        criteria.team().map(UUID::toString).orElse(null),
        criteria.assignee().map(UUID::toString).orElse(null),
        figures(v.total()),
        v.channels().stream()
            .map(c -> new ChannelFigures(c.channel().wireName(), figures(c.figures())))
            .toList());
  }

  private static Figures figures(SummaryReportView.Figures f) {
    return new Figures(f.opened(), f.resolved(), timing(f.firstResponse()), timing(f.resolution()));
  }

  private static Timing timing(SummaryReportView.Timing t) {
    return new Timing(t.count(), seconds(t.median()), seconds(t.p90()));
  }

  private static Double seconds(Optional<Duration> d) {
    return d.map(x -> x.toMillis() / 1000.0).orElse(null);
  }
}
