package dev.chatinbox.core.application.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a summary covers: the window {@code [from, to)}, and optionally only the conversations that
 * are (now) of one team or assigned to one user.
 */
public record ReportCriteria(
    Instant from, Instant to, Optional<UUID> team, Optional<UUID> assignee) {
  public ReportCriteria {
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    Objects.requireNonNull(team);
    Objects.requireNonNull(assignee);
  }
}
