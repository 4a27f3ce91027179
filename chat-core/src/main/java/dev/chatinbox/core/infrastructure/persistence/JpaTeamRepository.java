package dev.chatinbox.core.infrastructure.persistence;

import dev.chatinbox.core.domain.shared.Channel;
import dev.chatinbox.core.domain.team.Team;
import dev.chatinbox.core.domain.team.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Teams as entities; members and channels by SQL on their join tables. The candidates of an
 * auto-assignment are one statement: members who are active and online, with their unresolved
 * conversations counted on {@code ix_conversations_assignee_sort} (V12_1).
 */
@ApplicationScoped
public class JpaTeamRepository implements TeamRepository {
  static final String UNRESOLVED = "('open', 'pending', 'snoozed')";

  private EntityManager em;

  protected JpaTeamRepository() {}

  @Inject
  public JpaTeamRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Team> find(UUID id) {
    return Optional.ofNullable(em.find(Team.class, id));
  }

  @Override
  public Optional<Team> lock(UUID id) {
    return Optional.ofNullable(em.find(Team.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Team> findByNameKey(String nameKey) {
    return em
        .createQuery("SELECT t FROM Team t WHERE t.nameKey = :key", Team.class)
        .setParameter("key", nameKey)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<UUID> teamOfChannel(Channel channel) {
    return em
        .createNativeQuery("SELECT team_id FROM team_channels WHERE channel = ?1")
        .setParameter(1, channel.wireName())
        .getResultList()
        .stream()
        .findFirst()
        .map(NativeValues::uuid);
  }

  @Override
  public Set<Channel> channels(UUID teamId) {
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    for (Object row :
        em.createNativeQuery("SELECT channel FROM team_channels WHERE team_id = ?1")
            .setParameter(1, teamId)
            .getResultList()) {
      channels.add(NativeValues.channel(row));
    }
    return channels;
  }

  @Override
  public Set<Channel> takeChannels(UUID teamId, Set<Channel> channels) {
    Set<Channel> taken = EnumSet.noneOf(Channel.class);
    for (Object row :
        em.createNativeQuery("SELECT channel FROM team_channels WHERE team_id <> ?1 FOR UPDATE")
            .setParameter(1, teamId)
            .getResultList()) {
      Channel channel = NativeValues.channel(row);
      if (channels.contains(channel)) {
        taken.add(channel);
      }
    }
    if (!taken.isEmpty()) {
      return taken;
    }
    em.createNativeQuery("DELETE FROM team_channels WHERE team_id = ?1")
        .setParameter(1, teamId)
        .executeUpdate();
    for (Channel channel : channels) {
      em.createNativeQuery("INSERT INTO team_channels (channel, team_id) VALUES (?1, ?2)")
          .setParameter(1, channel.wireName())
          .setParameter(2, teamId)
          .executeUpdate();
    }
    return taken;
  }

  @Override
  public void store(Team team) {
    if (!em.contains(team)) {
      em.persist(team);
    }
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public void delete(Team team) {
    // H2 has no foreign key on conversations.team_id (PostgreSQL's sets NULL): the same either way
    em.createNativeQuery("UPDATE conversations SET team_id = NULL WHERE team_id = ?1")
        .setParameter(1, team.id())
        .executeUpdate();
    em.remove(em.contains(team) ? team : em.merge(team));
  }

  @Override
  public boolean addMember(UUID teamId, UUID userId, Instant now) {
    if (isMember(teamId, userId)) {
      return false;
    }
    em.createNativeQuery(
            "INSERT INTO team_members (team_id, user_id, assigned_seq, joined_at)"
                + " VALUES (?1, ?2, 0, ?3)")
        .setParameter(1, teamId)
        .setParameter(2, userId)
        .setParameter(3, now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
    return true;
  }

  @Override
  public boolean removeMember(UUID teamId, UUID userId) {
    return em.createNativeQuery("DELETE FROM team_members WHERE team_id = ?1 AND user_id = ?2")
            .setParameter(1, teamId)
            .setParameter(2, userId)
            .executeUpdate()
        > 0;
  }

  @Override
  public boolean isMember(UUID teamId, UUID userId) {
    return !em.createNativeQuery("SELECT 1 FROM team_members WHERE team_id = ?1 AND user_id = ?2")
        .setParameter(1, teamId)
        .setParameter(2, userId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<UUID> candidates(UUID teamId, int capacity) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "SELECT m.user_id FROM team_members m JOIN users u ON u.id = m.user_id"
                    + " WHERE m.team_id = ?1 AND u.active = TRUE AND u.availability = 'online'"
                    + " AND (SELECT COUNT(*) FROM conversations c WHERE c.assignee_id = m.user_id"
                    + " AND c.status IN "
                    + UNRESOLVED
                    + ") < ?2"
                    + " ORDER BY m.assigned_seq, m.joined_at, m.user_id")
            .setParameter(1, teamId)
            .setParameter(2, capacity)
            .getResultList();
    return rows.stream().map(NativeValues::uuid).toList();
  }

  @Override
  public void lockAgent(UUID userId) {
    em.createNativeQuery("SELECT id FROM users WHERE id = ?1 FOR UPDATE")
        .setParameter(1, userId)
        .getResultList();
  }

  @Override
  public int unresolvedOf(UUID userId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM conversations c WHERE c.assignee_id = ?1 AND c.status IN "
                        + UNRESOLVED)
                .setParameter(1, userId)
                .getSingleResult())
        .intValue();
  }

  @Override
  public void markAssigned(UUID teamId, UUID userId, long seq) {
    em.createNativeQuery(
            "UPDATE team_members SET assigned_seq = ?3 WHERE team_id = ?1 AND user_id = ?2")
        .setParameter(1, teamId)
        .setParameter(2, userId)
        .setParameter(3, seq)
        .executeUpdate();
  }
}
