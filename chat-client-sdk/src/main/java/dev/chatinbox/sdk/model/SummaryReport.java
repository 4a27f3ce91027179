package dev.chatinbox.sdk.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The team summary of a window {@code [from, to)}: every channel together, then each channel. */
public record SummaryReport(
    Instant from, Instant to, Figures total, List<ChannelFigures> channels) {

  /** Conversations opened and resolutions in the window, and how long they took. */
  public record Figures(long opened, long resolved, Timing firstResponse, Timing resolution) {}

  /** Median and 90th percentile over {@code count} cases (null when there are none). */
  public record Timing(long count, Duration median, Duration p90) {}

  public record ChannelFigures(Channel channel, Figures figures) {}
}
