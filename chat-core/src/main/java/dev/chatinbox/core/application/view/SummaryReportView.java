package dev.chatinbox.core.application.view;

import dev.chatinbox.core.domain.shared.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The summary of a window: all channels together, and each channel.
 *
 * @param total every channel together
 * @param channels one figure per channel, in {@link Channel} order
 */
public record SummaryReportView(Figures total, List<ChannelFigures> channels) {
  /**
   * @param opened conversations opened in the window: new ones, and resolved ones that reopened
   * @param resolved resolutions in the window (a conversation resolved twice counts twice)
   * @param firstResponse from the first message of the contact in an opening to the team's first
   *     reply after it, for the openings whose first contact message is in the window
   * @param resolution from an opening to its resolution, for the resolutions in the window
   */
  public record Figures(long opened, long resolved, Timing firstResponse, Timing resolution) {}

  /** How long something took, over {@code count} cases (median and p90 empty when none). */
  public record Timing(long count, Optional<Duration> median, Optional<Duration> p90) {}

  public record ChannelFigures(Channel channel, Figures figures) {}
}
