package dev.chatinbox.core.application.workflow;

import dev.chatinbox.core.application.access.AccessPolicy;
import dev.chatinbox.core.application.access.Caller;
import dev.chatinbox.core.application.access.TeamMembers;
import dev.chatinbox.core.application.view.Read;
import dev.chatinbox.core.application.view.TeamView;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.shared.ConflictException;
import dev.chatinbox.core.domain.shared.Ids;
import dev.chatinbox.core.domain.shared.InvalidInputException;
import dev.chatinbox.core.domain.shared.ObjectNotFoundException;
import dev.chatinbox.core.domain.team.Team;
import dev.chatinbox.core.domain.team.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Teams: every inbox user reads them (to hand a conversation to one); only ADMIN creates, changes,
 * deletes them and manages their members. Membership makes the team's conversations visible to the
 * member.
 */
@ApplicationScoped
public class TeamService {
  private TeamRepository teams;
  private TeamCards cards;
  private TeamMembers members;
  private AccessPolicy access;
  private Clock clock;

  protected TeamService() {}

  @Inject
  public TeamService(
      TeamRepository teams,
      TeamCards cards,
      TeamMembers members,
      AccessPolicy access,
      Clock clock) {
    this.teams = teams;
    this.cards = cards;
    this.members = members;
    this.access = access;
    this.clock = clock;
  }

  @Read
  public List<TeamView> list(Caller caller) {
    access.requireInbox(caller);
    return cards.all();
  }

  @Read
  public TeamView get(Caller caller, UUID teamId) {
    access.requireInbox(caller);
    return cards.one(teamId).orElseThrow(TeamService::unknown);
  }

  @Transactional
  public UUID create(Caller caller, TeamInput input) {
    access.requireAdmin(caller, "manage teams");
    String name = input.name().orElseThrow(() -> new InvalidInputException("name", "is required"));
    Instant now = clock.instant();
    Team team = new Team(Ids.newId(), valid(name), now);
    requireFreeName(team.nameKey(), team.id());
    apply(team, input, now);
    teams.store(team);
    input.inboundChannels().ifPresent(channels -> takeChannels(team, channels));
    return team.id();
  }

  @Transactional
  public void update(Caller caller, UUID teamId, TeamInput input) {
    access.requireAdmin(caller, "manage teams");
    Team team = teams.lock(teamId).orElseThrow(TeamService::unknown);
    Instant now = clock.instant();
    input
        .name()
        .ifPresent(
            name -> {
              team.rename(valid(name), now);
              requireFreeName(team.nameKey(), team.id());
            });
    apply(team, input, now);
    input.inboundChannels().ifPresent(channels -> takeChannels(team, channels));
  }

  /** Deletes the team; its conversations lose the team and keep their assignee. */
  @Transactional
  public void delete(Caller caller, UUID teamId) {
    access.requireAdmin(caller, "manage teams");
    teams.delete(teams.lock(teamId).orElseThrow(TeamService::unknown));
  }

  /** Adds an active USER or ADMIN to the team; whether they were added (false: already in it). */
  @Transactional
  public boolean addMember(Caller caller, UUID teamId, UUID userId) {
    access.requireAdmin(caller, "manage teams");
    Team team = teams.lock(teamId).orElseThrow(TeamService::unknown);
    members.requireOwner("userId", userId);
    return teams.addMember(team.id(), userId, clock.instant());
  }

  @Transactional
  public void removeMember(Caller caller, UUID teamId, UUID userId) {
    access.requireAdmin(caller, "manage teams");
    Team team = teams.lock(teamId).orElseThrow(TeamService::unknown);
    if (!teams.removeMember(team.id(), userId)) {
      throw new ObjectNotFoundException("Team member");
    }
  }

  private void apply(Team team, TeamInput input, Instant now) {
    input.autoAssign().ifPresent(on -> team.autoAssign(on, now));
    input
        .agentCapacity()
        .ifPresent(
            capacity -> {
              if (capacity < 1 || capacity > Team.MAX_CAPACITY) {
                throw new InvalidInputException(
                    "agentCapacity", "must be between 1 and " + Team.MAX_CAPACITY);
              }
              team.agentCapacity(capacity, now);
            });
  }

  private void takeChannels(Team team, Set<Channel> channels) {
    teams.flush();
    Set<Channel> taken = teams.takeChannels(team.id(), channels);
    if (!taken.isEmpty()) {
      throw new ConflictException(
          "channel-taken",
          "Another team already takes new conversations of "
              + taken.stream().map(Channel::wireName).sorted().collect(Collectors.joining(", ")));
    }
  }

  private void requireFreeName(String nameKey, UUID self) {
    teams
        .findByNameKey(nameKey)
        .filter(other -> !other.id().equals(self))
        .ifPresent(
            other -> {
              throw new ConflictException("team-name-taken", "A team with this name exists");
            });
  }

  private static String valid(String name) {
    String trimmed = name.strip();
    if (trimmed.isEmpty() || trimmed.length() > Team.MAX_NAME_LENGTH) {
      throw new InvalidInputException(
          "name", "must have 1.." + Team.MAX_NAME_LENGTH + " characters");
    }
    return trimmed;
  }

  private static ObjectNotFoundException unknown() {
    return new ObjectNotFoundException("Team");
  }
}
