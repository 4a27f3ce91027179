package dev.chatinbox.core.application.workflow;

import dev.chatinbox.core.application.view.TeamView;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The read model of teams: two statements (teams with channels, then members), no entities. */
public interface TeamCards {
  /** Every team, by name case-insensitively. */
  List<TeamView> all();

  Optional<TeamView> one(UUID teamId);
}
