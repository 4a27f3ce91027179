package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.application.view.TeamMemberView;
import dev.chatinbox.core.application.view.TeamView;
import dev.chatinbox.core.application.workflow.TeamCards;
import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.user.Availability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link TeamCards} by JDBC ({@link SqlReads}): the teams with their channels in one statement,
 * their members in one more.
 */
@ApplicationScoped
public class SqlTeamCards implements TeamCards {
  private static final String TEAMS =
      "SELECT t.id, t.name, t.auto_assign, t.agent_capacity, tc.channel FROM teams t"
          + " LEFT JOIN team_channels tc ON tc.team_id = t.id";
  private static final String MEMBERS =
      "SELECT m.team_id, u.id, u.name, u.username, u.availability FROM team_members m"
          + " JOIN users u ON u.id = m.user_id";

  private SqlReads sql;

  protected SqlTeamCards() {}

  @Inject
  public SqlTeamCards(SqlReads sql) {
    this.sql = sql;
  }

  @Override
  public List<TeamView> all() {
    return read(
        sql.rows(TEAMS + " ORDER BY t.name_key, tc.channel", List.of()),
        sql.rows(MEMBERS, List.of()));
  }

  @Override
  public Optional<TeamView> one(UUID teamId) {
    return read(
            sql.rows(TEAMS + " WHERE t.id = ?1 ORDER BY tc.channel", List.of(teamId)),
            sql.rows(MEMBERS + " WHERE m.team_id = ?1", List.of(teamId)))
        .stream()
        .findFirst();
  }

  private static List<TeamView> read(List<Object[]> teamRows, List<Object[]> memberRows) {
    Map<UUID, List<TeamMemberView>> members = new HashMap<>();
    for (Object[] r : memberRows) {
      members
          .computeIfAbsent(NativeValues.uuid(r[0]), k -> new ArrayList<>())
          .add(
              new TeamMemberView(
                  NativeValues.uuid(r[1]),
                  NativeValues.text(r[2]),
                  NativeValues.text(r[3]),
                  Availability.fromWireName(NativeValues.text(r[4])).orElse(Availability.ONLINE)));
    }
    Map<UUID, Object[]> teams = new LinkedHashMap<>();
    Map<UUID, List<Channel>> channels = new HashMap<>();
    for (Object[] r : teamRows) {
      UUID id = NativeValues.uuid(r[0]);
      teams.putIfAbsent(id, r);
      List<Channel> of = channels.computeIfAbsent(id, k -> new ArrayList<>());
      if (r[4] != null) {
        of.add(NativeValues.channel(r[4]));
      }
    }
    List<TeamView> views = new ArrayList<>(teams.size());
    teams.forEach(
        (id, r) ->
            views.add(
                new TeamView(
                    id,
                    NativeValues.text(r[1]),
                    NativeValues.bool(r[2]),
                    ((Number) r[3]).intValue(),
                    channels.get(id),
                    members.getOrDefault(id, List.of()).stream()
                        .sorted(
                            Comparator.comparing(
                                TeamMemberView::name, String.CASE_INSENSITIVE_ORDER))
                        .toList())));
    return views;
  }
}
