package dev.chatinbox.cli.command;

import dev.chatinbox.sdk.model.SummaryReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reports}: team metrics (ADMIN). */
@Command(
    name = "reports",
    description = "Team metrics (ADMIN).",
    subcommands = {ReportsCommand.Summary.class})
public class ReportsCommand extends Group {

  /** {@code reports summary}. */
  @Command(
      name = "summary",
      description =
          "Opened, resolved, median and p90 first-response and resolution times, per channel.")
  static class Summary extends Base {
    @Option(
        names = "--from",
        converter = SendCommand.InstantConverter.class,
        description = "ISO 8601 with offset (default: 30 days before --to)")
    Instant from;

    @Option(
        names = "--to",
        converter = SendCommand.InstantConverter.class,
        description = "ISO 8601 with offset (default: now)")
    Instant to;

    @Option(names = "--team", description = "Team id")
    String team;

    @Option(names = "--assignee", description = "User id, or me")
    String assignee;

    @Override
    public Integer call() {
      SummaryReport report = client().reports().summary(from, to, team, assignee);
      List<List<Object>> rows = new ArrayList<>();
      rows.add(row("all", report.total()));
      report.channels().forEach(c -> rows.add(row(c.channel().wire(), c.figures())));
      out()
          .print(
              report,
              List.of(
                  "CHANNEL",
                  "OPENED",
                  "RESOLVED",
                  "FIRST RESPONSE MEDIAN",
                  "FIRST RESPONSE P90",
                  "RESOLUTION MEDIAN",
                  "RESOLUTION P90"),
              rows);
      return 0;
    }

    private static List<Object> row(String channel, SummaryReport.Figures f) {
      return Arrays.asList(
          channel,
          f.opened(),
          f.resolved(),
          text(f.firstResponse().median()),
          text(f.firstResponse().p90()),
          text(f.resolution().median()),
          text(f.resolution().p90()));
    }

    private static String text(Duration d) {
      return d == null ? "-" : d.toString();
    }
  }
}
