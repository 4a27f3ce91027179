package dev.chatinbox.core.application.workflow;

import dev.chatinbox.core.domain.conversation.Conversation;
import dev.chatinbox.core.domain.team.Team;
import dev.chatinbox.core.domain.team.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands a new inbound conversation to the team that takes its channel ({@code PUT} by {@code PATCH
 * /teams/{id}} {@code inboundChannels}) and, when that team assigns automatically, to the next
 * member in round-robin order who is online and under the team's capacity — in the receiving
 * transaction.
 *
 * <p>Two nodes never assign twice or over capacity: the team's row is locked for the whole choice
 * (auto-assignments of a team run one after the other), and the chosen agent's user row too, with
 * their unresolved conversations counted again after that lock (an agent in two teams is counted
 * once per assignment, whichever team assigns).
 */
@ApplicationScoped
public class AutoAssignment {
  private static final Logger LOG = Logger.getLogger(AutoAssignment.class.getName());

  private TeamRepository teams;
  private ConversationWorkflow workflow;
  private Clock clock;

  protected AutoAssignment() {}

  @Inject
  public AutoAssignment(TeamRepository teams, ConversationWorkflow workflow, Clock clock) {
    this.teams = teams;
    this.workflow = workflow;
    this.clock = clock;
  }

  /**
   * Gives a conversation created now by an inbound message its team, and an assignee when the team
   * assigns automatically and someone can take it.
   *
   * @return the activity entry written, if it was assigned
   */
  public Optional<UUID> assignNew(Conversation conversation, Instant now) {
    if (conversation.assigneeId().isPresent()) {
      return Optional.empty();
    }
    Optional<UUID> teamId = teams.teamOfChannel(conversation.channel());
    if (teamId.isEmpty()) {
      return Optional.empty();
    }
    conversation.assignTeam(teamId, now);
    Optional<Team> locked = teams.lock(teamId.get());
    if (locked.isEmpty() || !locked.get().autoAssign()) {
      return Optional.empty();
    }
    Team team = locked.get();
    for (UUID candidate : teams.candidates(team.id(), team.agentCapacity())) {
      teams.lockAgent(candidate);
      if (teams.unresolvedOf(candidate) >= team.agentCapacity()) {
        continue; // another team's assignment got there first
      }
      long seq = team.nextAssignment();
      teams.markAssigned(team.id(), candidate, seq);
      // taken under the team's lock: activity entries order the team's assignments as made
      Instant assignedAt = clock.instant();
      conversation.assignTo(Optional.of(candidate), assignedAt);
      return Optional.of(workflow.autoAssigned(conversation, candidate, team, assignedAt));
    }
    LOG.log(
        Level.FINE,
        "No member of team {0} can take conversation {1}: all busy, offline or at capacity",
        new Object[] {team.id(), conversation.id()});
    return Optional.empty();
  }
}
