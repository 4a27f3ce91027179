package dev.chatinbox.sdk;

import dev.chatinbox.sdk.internal.Calls;
import dev.chatinbox.sdk.internal.Mapping;
import dev.chatinbox.sdk.internal.generated.api.TeamsApi;
import dev.chatinbox.sdk.internal.generated.model.AddTeamMemberRequest;
import dev.chatinbox.sdk.internal.generated.model.TeamRequest;
import dev.chatinbox.sdk.model.Channel;
import dev.chatinbox.sdk.model.Team;
import java.util.List;

/**
 * Teams (#18): every inbox user reads them; creating, changing, deleting them and managing members
 * needs the ADMIN role.
 */
public final class Teams {
  private final TeamsApi api;
  private final Calls calls;

  Teams(TeamsApi api, Calls calls) {
    this.api = api;
    this.calls = calls;
  }

  public List<Team> list() {
    return calls.idempotent(api::listTeams).getData().stream().map(Mapping::team).toList();
  }

  public Team get(String teamId) {
    return Mapping.team(calls.idempotent(() -> api.getTeam(teamId)).getData());
  }

  /** A team named {@code name}, without auto-assignment nor channels. */
  public Team create(String name) {
    return Mapping.team(calls.once(() -> api.createTeam(new TeamRequest().name(name))).getData());
  }

  /**
   * Changes a team: null arguments leave their field as it is.
   *
   * @param inboundChannels the channels whose new inbound conversations go to the team (replaces
   *     the team's set)
   */
  public Team update(
      String teamId,
      String name,
      Boolean autoAssign,
      Integer agentCapacity,
      List<Channel> inboundChannels) {
    TeamRequest request =
        new TeamRequest().name(name).autoAssign(autoAssign).agentCapacity(agentCapacity);
    request.setInboundChannels(
        inboundChannels == null ? null : inboundChannels.stream().map(Channel::wire).toList());
    return Mapping.team(calls.once(() -> api.updateTeam(teamId, request)).getData());
  }

  /** Deletes the team (idempotent: retried); its conversations keep their assignee. */
  public void delete(String teamId) {
    calls.idempotent(() -> api.deleteTeam(teamId));
  }

  public Team addMember(String teamId, String userId) {
    return Mapping.team(
        calls
            .idempotent(() -> api.addTeamMember(teamId, new AddTeamMemberRequest().userId(userId)))
            .getData());
  }

  public Team removeMember(String teamId, String userId) {
    return Mapping.team(calls.once(() -> api.removeTeamMember(teamId, userId)).getData());
  }
}
